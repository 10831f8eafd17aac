package org.complaintsuite.risk.proxy;

import java.util.Comparator;
import java.util.List;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.LinkContext.SimilarText;
import org.complaintsuite.risk.links.LinkFacts.TextCandidate;
import org.complaintsuite.risk.links.TextFingerprint;

/**
 * Which candidate texts (sharing a text band) are near duplicates of a complaint's: those whose estimated
 * similarity ({@link TextFingerprint#similarity}) reaches {@code nearDuplicateSimilarity} (0.5), the most similar
 * first (ties by complaint id).
 */
public final class NearDuplicates {

    private static final Comparator<SimilarText> MOST_SIMILAR_FIRST = Comparator
            .comparingDouble(SimilarText::similarity).reversed().thenComparing(SimilarText::complaintId);

    private final RiskProperties properties;

    public NearDuplicates(RiskProperties properties) {
        this.properties = properties;
    }

    public List<SimilarText> among(int[] signature, List<TextCandidate> candidates) {
        return candidates.stream()
                .map(candidate -> new SimilarText(candidate.complaintId(), candidate.customerKey(),
                        TextFingerprint.similarity(signature, candidate.signature())))
                .filter(text -> text.similarity() >= properties.nearDuplicateSimilarity())
                .sorted(MOST_SIMILAR_FIRST)
                .toList();
    }
}
