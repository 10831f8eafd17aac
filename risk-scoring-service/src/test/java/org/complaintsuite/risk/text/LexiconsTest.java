package org.complaintsuite.risk.text;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LexiconsTest {

    private final Map<String, Set<String>> lists = Lexicons.load().all();

    @Test
    void everyListTheScorersReadIsLoaded() {
        assertThat(lists).containsOnlyKeys(Lexicons.THREAT_REGULATOR, Lexicons.THREAT_MEDIA, Lexicons.THREAT_LEGAL,
                Lexicons.THREAT_POLICE, Lexicons.THREAT_PETITION, Lexicons.EMOTION_ANGER, Lexicons.EMOTION_DESPAIR,
                Lexicons.EMOTION_INSULT, Lexicons.INTENSIFIER, Lexicons.NEGATOR, Lexicons.TOPIC_ABUSIVE_COLLECTION,
                Lexicons.TOPIC_CREDIT_REPORT, Lexicons.TOPIC_FEES, Lexicons.TOPIC_PRIVACY, Lexicons.VULNERABLE,
                Lexicons.AGENCY_PHRASE, Lexicons.AGENCY_ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = { Lexicons.THREAT_REGULATOR, Lexicons.THREAT_MEDIA, Lexicons.THREAT_LEGAL,
            Lexicons.THREAT_POLICE, Lexicons.THREAT_PETITION, Lexicons.EMOTION_ANGER, Lexicons.EMOTION_DESPAIR,
            Lexicons.EMOTION_INSULT, Lexicons.INTENSIFIER, Lexicons.NEGATOR, Lexicons.TOPIC_ABUSIVE_COLLECTION,
            Lexicons.TOPIC_CREDIT_REPORT, Lexicons.TOPIC_FEES, Lexicons.TOPIC_PRIVACY, Lexicons.VULNERABLE,
            Lexicons.AGENCY_PHRASE, Lexicons.AGENCY_ORGANIZATION })
    void eachListHoldsTrimmedKeywordsAndNoComments(String name) {
        assertThat(lists.get(name)).isNotEmpty().allSatisfy(keyword -> {
            assertThat(keyword).isNotBlank().doesNotStartWith("#");
            assertThat(keyword).isEqualTo(keyword.strip());
        });
    }

    @Test
    void theWordsTheDomainBriefNamesAreInTheirLists() {
        assertThat(lists.get(Lexicons.THREAT_REGULATOR)).contains("银保监会", "金融监管总局", "12378", "人民银行", "12363",
                "12315", "消协");
        assertThat(lists.get(Lexicons.THREAT_MEDIA)).contains("媒体", "曝光");
        assertThat(lists.get(Lexicons.THREAT_LEGAL)).contains("律师", "起诉", "法院");
        assertThat(lists.get(Lexicons.THREAT_POLICE)).contains("报警");
        assertThat(lists.get(Lexicons.THREAT_PETITION)).contains("上访");
        assertThat(lists.get(Lexicons.INTENSIFIER)).contains("很", "非常", "太");
        assertThat(lists.get(Lexicons.NEGATOR)).contains("不", "没");
        assertThat(lists.get(Lexicons.AGENCY_PHRASE)).contains("全权委托", "停息挂账", "全额退息", "减免本金", "债务优化",
                "征信修复", "法务团队");
    }

    @Test
    void aLawFirmIsNotAnAgencyOrganization() {
        assertThat(lists.get(Lexicons.AGENCY_ORGANIZATION)).noneMatch("律师事务所"::contains);
    }

    @Test
    void aMissingListFailsLoudlyNamingTheResource() {
        assertThatIllegalStateException().isThrownBy(() -> Lexicons.read("no-such-list"))
                .withMessageContaining("lexicons/no-such-list.txt")
                .withMessageContaining("missing");
    }
}
