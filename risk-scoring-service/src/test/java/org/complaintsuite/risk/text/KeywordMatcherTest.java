package org.complaintsuite.risk.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.risk.text.KeywordMatcher.Match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KeywordMatcherTest {

    private final KeywordMatcher lexicons = new KeywordMatcher(Lexicons.load().all());

    @Test
    void findsTheKeywordsOfEveryListInOnePassInTextOrder() {
        var matcher = new KeywordMatcher(Map.of(
                "regulator", List.of("银保监会"),
                "legal", List.of("律师"),
                "anger", List.of("生气")));

        List<Match> matches = matcher.find("我很生气，要找律师，还要去银保监会");

        assertThat(matches).containsExactly(
                new Match(Set.of("anger"), "生气", 2, 4),
                new Match(Set.of("legal"), "律师", 7, 9),
                new Match(Set.of("regulator"), "银保监会", 13, 17));
    }

    @Test
    void theLongestKeywordWinsWhereKeywordsOverlap() {
        var matcher = new KeywordMatcher(Map.of("regulator", List.of("监管", "金融监管总局")));

        assertThat(matcher.find("我要向金融监管总局投诉"))
                .containsExactly(new Match(Set.of("regulator"), "金融监管总局", 3, 9));
    }

    @Test
    void theLongestKeywordWinsAcrossTheRealLists() {
        // 去 and 投诉 are action words (modifier-threat-action); no shorter regulator name (监管局, 金融监管局) is found
        assertThat(lexicons.find("我要去国家金融监督管理总局投诉")).extracting(Match::keyword, Match::lists)
                .containsExactly(tuple("去", Set.of(Lexicons.THREAT_ACTION)),
                        tuple("国家金融监督管理总局", Set.of(Lexicons.THREAT_REGULATOR)),
                        tuple("投诉", Set.of(Lexicons.THREAT_ACTION)));
        assertThat(lexicons.find("我要去地方金融监管局投诉")).extracting(Match::keyword)
                .containsExactly("去", "地方金融监管局", "投诉");
    }

    @Test
    void anActionThatIsAThreatIsOneMatchInBothLists() {
        assertThat(lexicons.find("我要报警")).containsExactly(
                new Match(Set.of(Lexicons.THREAT_POLICE, Lexicons.THREAT_ACTION), "报警", 2, 4));
    }

    @Test
    void aKeywordInTwoListsIsReportedOnceWithBothLists() {
        var matcher = new KeywordMatcher(Map.of("anger", List.of("乱扣"), "fees", List.of("乱扣", "利息")));

        assertThat(matcher.find("你们乱扣利息")).containsExactly(
                new Match(Set.of("anger", "fees"), "乱扣", 2, 4),
                new Match(Set.of("fees"), "利息", 4, 6));
    }

    @Test
    void everyOccurrenceOfAKeywordIsReported() {
        assertThat(lexicons.find("报警，我要报警")).extracting(Match::keyword, Match::start)
                .containsExactly(tuple("报警", 0), tuple("报警", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = { "请回电0212378999", "我的手机是13812378000", "订单号1237812378", "电话+8613812378000" })
    void aHotlineNumberInsideALongerNumberIsNotMatched(String text) {
        assertThat(lexicons.find(text)).extracting(Match::keyword).doesNotContain("12378");
    }

    @Test
    void aHotlineNumberOnItsOwnIsMatched() {
        // 投诉 after it is an action word
        assertThat(lexicons.find("打12378投诉")).containsExactly(
                new Match(Set.of(Lexicons.THREAT_REGULATOR), "12378", 1, 6),
                new Match(Set.of(Lexicons.THREAT_ACTION), "投诉", 6, 8));
        assertThat(lexicons.find("12378")).extracting(Match::keyword).containsExactly("12378");
        // 要打 (an action word: 我要打12315) is matched too
        assertThat(lexicons.find("我要打12315和12363")).extracting(Match::keyword).containsExactly("要打", "12315", "12363");
    }

    @Test
    void theCityHotlineInsideAPhoneNumberIsNotMatched() {
        assertThat(lexicons.find("我的电话是+8613812345678，请回电")).isEmpty();
        assertThat(lexicons.find("我的电话是13912345000")).isEmpty();
        assertThat(lexicons.find("有问题就打12345")).extracting(Match::keyword).containsExactly("就打", "12345");
    }

    @Test
    void aTextWithoutKeywordsHasNoMatches() {
        assertThat(lexicons.find("请问我的账单什么时候出")).isEmpty();
        assertThat(lexicons.find("")).isEmpty();
    }
}
