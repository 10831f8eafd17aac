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
                Lexicons.THREAT_POLICE, Lexicons.THREAT_PETITION, Lexicons.THREAT_PERSISTENCE, Lexicons.EMOTION_ANGER,
                Lexicons.EMOTION_ANGER_MILD, Lexicons.EMOTION_DESPAIR, Lexicons.EMOTION_INSULT, Lexicons.EMOTION_DISTRESS, Lexicons.INTENSIFIER, Lexicons.NEGATOR,
                Lexicons.HEARSAY, Lexicons.THREAT_ACTION, Lexicons.DIMINISHER, Lexicons.TOPIC_ABUSIVE_COLLECTION,
                Lexicons.TOPIC_CREDIT_REPORT, Lexicons.TOPIC_FEES, Lexicons.TOPIC_PRIVACY, Lexicons.VULNERABLE,
                Lexicons.AGENCY_PHRASE);
    }

    @ParameterizedTest
    @ValueSource(strings = { Lexicons.THREAT_REGULATOR, Lexicons.THREAT_MEDIA, Lexicons.THREAT_LEGAL,
            Lexicons.THREAT_POLICE, Lexicons.THREAT_PETITION, Lexicons.THREAT_PERSISTENCE, Lexicons.EMOTION_ANGER,
            Lexicons.EMOTION_ANGER_MILD, Lexicons.EMOTION_DESPAIR,
            Lexicons.EMOTION_INSULT, Lexicons.EMOTION_DISTRESS, Lexicons.INTENSIFIER, Lexicons.NEGATOR,
            Lexicons.HEARSAY, Lexicons.THREAT_ACTION, Lexicons.DIMINISHER, Lexicons.TOPIC_ABUSIVE_COLLECTION,
            Lexicons.TOPIC_CREDIT_REPORT, Lexicons.TOPIC_FEES, Lexicons.TOPIC_PRIVACY, Lexicons.VULNERABLE,
            Lexicons.AGENCY_PHRASE })
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
    void theNewListsHoldTheWordsTheRulesAreAbout() {
        assertThat(lists.get(Lexicons.EMOTION_DISTRESS)).contains("失眠", "焦虑", "精神崩溃");
        assertThat(lists.get(Lexicons.HEARSAY)).contains("有人说", "听说", "老公说");
        assertThat(lists.get(Lexicons.THREAT_REGULATOR)).contains("金管局");
        assertThat(lists.get(Lexicons.THREAT_LEGAL)).contains("法律程序", "法庭上见", "走法律程序");
        assertThat(lists.get(Lexicons.THREAT_PETITION)).contains("市政府");
        assertThat(lists.get(Lexicons.EMOTION_DESPAIR)).contains("跳下去");
    }

    @Test
    void everyMildAngerWordIsAnAngerWord() {
        assertThat(lists.get(Lexicons.EMOTION_ANGER)).containsAll(lists.get(Lexicons.EMOTION_ANGER_MILD));
    }

    @Test
    void hearsayMarkersAreOtherSpeakersSuggestionsAndImpersonationsNotTheCustomersOwnWords() {
        // the customer's own 我说要 / 我说过要 is no hearsay: 说要 and 说过要 left the list
        assertThat(lists.get(Lexicons.HEARSAY)).doesNotContain("说要", "说过要")
                .contains("他说", "她说", "老公说", "有人说", "听说", "客服说")
                .contains("建议")
                // the customer's own 我也可以去投诉 is a threat: 也可以 and 可以找 are no markers
                .doesNotContain("也可以", "可以找")
                .contains("冒充", "假冒", "自称");
    }

    @Test
    void theActionListHoldsActionsThatAreThreatsAndActionsTowardAnInstitution() {
        assertThat(lists.get(Lexicons.THREAT_ACTION)).contains("报警", "起诉", "曝光", "投诉", "举报", "告你们")
                .contains("去", "找", "向", "走", "通过", "采取", "提起", "反映")
                .contains("法庭上见", "上新闻", "发抖音", "律师函")
                // single characters that hide inside ordinary words: 看到, 收到, 广告
                .doesNotContain("到", "告");
    }

    @Test
    void theDiminisherListHoldsTheWordsThatSoftenAnEmotion() {
        assertThat(lists.get(Lexicons.DIMINISHER)).contains("有点", "有些", "稍微");
    }

    @Test
    void sleeplessnessTearsAndPressureAreDistressNotDespair() {
        assertThat(lists.get(Lexicons.EMOTION_DESPAIR)).doesNotContain("睡不着", "以泪洗面", "压得喘不过气");
        assertThat(lists.get(Lexicons.EMOTION_DISTRESS)).contains("睡不着", "以泪洗面", "压得喘不过气");
    }

    @Test
    void veryAngryIsNoAngerWordOfItsOwn() {
        // 非常 is an intensifier: 非常气愤 is 非常 + 气愤
        assertThat(lists.get(Lexicons.EMOTION_ANGER)).doesNotContain("非常气愤").contains("气愤");
    }

    @Test
    void newsAloneIsNoLongerAMediaThreat() {
        // 新闻 is mostly what customers read, not where they threaten to go; 上新闻 is the threat
        assertThat(lists.get(Lexicons.THREAT_MEDIA)).doesNotContain("新闻").contains("上新闻");
    }

    @Test
    void theAgencyOrganizationListIsGone() {
        // AGENCY_ORGANIZATION now means any company that is not a law firm: no list of words decides it
        assertThat(lists).doesNotContainKey("proxy-agency-organization");
    }

    @Test
    void aMissingListFailsLoudlyNamingTheResource() {
        assertThatIllegalStateException().isThrownBy(() -> Lexicons.read("no-such-list"))
                .withMessageContaining("lexicons/no-such-list.txt")
                .withMessageContaining("missing");
    }
}
