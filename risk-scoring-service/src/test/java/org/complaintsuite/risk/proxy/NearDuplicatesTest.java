package org.complaintsuite.risk.proxy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.LinkContext.SimilarText;
import org.complaintsuite.risk.links.LinkFacts.TextCandidate;
import org.complaintsuite.risk.links.TextFingerprint;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {

    private final NearDuplicates nearDuplicates = new NearDuplicates(RiskProperties.defaults());

    /** A signature agreeing with {@code base} on its first {@code equal} of 100 positions. */
    private static int[] agreeingOn(int[] base, int equal) {
        int[] signature = Arrays.copyOf(base, base.length);
        for (int i = equal; i < signature.length; i++) {
            signature[i] = ~base[i];
        }
        return signature;
    }

    @Test
    void aCandidateIsANearDuplicateFromHalfItsSignatureEqual() {
        int[] own = TextFingerprint.signature("本人因疫情失业，无力偿还贷款，要求减免全部利息并停止催收，否则将向银保监会投诉");

        List<SimilarText> similar = nearDuplicates.among(own, List.of(
                new TextCandidate("c-49", "k-1", agreeingOn(own, 49)),
                new TextCandidate("c-50", "k-2", agreeingOn(own, 50)),
                new TextCandidate("c-90", "k-3", agreeingOn(own, 90))));

        assertThat(similar).containsExactly(new SimilarText("c-90", "k-3", 0.9), new SimilarText("c-50", "k-2", 0.5));
    }

    @Test
    void equallySimilarTextsComeInTheOrderOfTheirComplaintIds() {
        int[] own = TextFingerprint.signature("本人因疫情失业，无力偿还贷款，要求减免全部利息并停止催收，否则将向银保监会投诉");

        List<SimilarText> similar = nearDuplicates.among(own, List.of(
                new TextCandidate("c-b", "k-1", agreeingOn(own, 70)),
                new TextCandidate("c-a", "k-2", agreeingOn(own, 70))));

        assertThat(similar).extracting(SimilarText::complaintId).containsExactly("c-a", "c-b");
    }
}
