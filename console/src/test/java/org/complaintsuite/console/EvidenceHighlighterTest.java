package org.complaintsuite.console;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.console.cases.EvidenceHighlighter;
import org.complaintsuite.console.cases.EvidenceHighlighter.Segment;
import org.complaintsuite.console.cases.EvidenceHighlighter.Span;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceHighlighterTest {

    private static final String TEXT = "再不处理我就去银保监会投诉！";

    @Test
    void marksTheMatchedWordsAndKeepsTheRestPlain() {
        List<Segment> segments = EvidenceHighlighter.segments(TEXT, List.of(new Span(7, 11, "银保监会", "监管威胁")));

        assertThat(segments).containsExactly(new Segment("再不处理我就去", false, ""),
                new Segment("银保监会", true, "监管威胁"), new Segment("投诉！", false, ""));
    }

    @Test
    void overlappingSpansBecomeOneMarkWithEveryReason() {
        List<Segment> segments = EvidenceHighlighter.segments(TEXT,
                List.of(new Span(7, 11, null, "监管威胁"), new Span(9, 13, null, "投诉")));

        assertThat(segments).containsExactly(new Segment("再不处理我就去", false, ""),
                new Segment("银保监会投诉", true, "监管威胁; 投诉"), new Segment("！", false, ""));
    }

    @Test
    void aSpanWhoseOffsetsDoNotFitIsPlacedWhereItsWordsAre() {
        List<Segment> segments = EvidenceHighlighter.segments(TEXT, List.of(new Span(40, 44, "投诉", "投诉")));

        assertThat(segments).extracting(Segment::text).containsExactly("再不处理我就去银保监会", "投诉", "！");
    }

    @Test
    void noEvidenceLeavesTheWholeTextPlain() {
        assertThat(EvidenceHighlighter.segments(TEXT, List.of())).containsExactly(new Segment(TEXT, false, ""));
        assertThat(EvidenceHighlighter.segments(null, List.of())).isEmpty();
    }
}
