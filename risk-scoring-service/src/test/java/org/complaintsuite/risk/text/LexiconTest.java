package org.complaintsuite.risk.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Evidence;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final Lexicon lexicon = new Lexicon(Map.of("REGULATOR", List.of("监管", "金融监管总局", "12378")));

    @Test
    void reportsEveryOccurrenceWithItsPosition() {
        assertThat(lexicon.find("REGULATOR", "打12378，再打12378"))
                .containsExactly(Evidence.span("12378", 1), Evidence.span("12378", 9));
    }

    @Test
    void theLongestKeywordAtAPositionWinsAndMatchesDoNotOverlap() {
        assertThat(lexicon.find("REGULATOR", "我去金融监管总局"))
                .containsExactly(Evidence.span("金融监管总局", 2));
    }

    @Test
    void findsNothingInTextWithoutKeywordsOrForAnUnknownGroup() {
        assertThat(lexicon.find("REGULATOR", "请帮我查询账单")).isEmpty();
        assertThat(lexicon.find("UNKNOWN", "12378")).isEmpty();
    }
}
