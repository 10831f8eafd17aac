package org.complaintsuite.console.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the customer's words into plain and highlighted pieces, so that the page can wrap the evidence in
 * {@code <mark>} without ever writing the customer's text as HTML. Spans are [start, end) offsets into the text (as
 * risk scoring found them); overlapping spans merge into one mark carrying every reason. A span whose offsets do
 * not fit the text is placed where its matched words first occur, or left out.
 */
public final class EvidenceHighlighter {

    private EvidenceHighlighter() {
    }

    /** A piece of evidence: where, the matched words, and why it counts (the signal's description). */
    public record Span(int start, int end, @Nullable String value, String reason) {
    }

    /** A run of the text, marked or not; {@code reasons} is what the mark's title shows. */
    public record Segment(String text, boolean marked, String reasons) {
    }

    public static List<Segment> segments(@Nullable String text, List<Span> spans) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> placed = new ArrayList<>();
        for (Span span : spans) {
            Span fitted = fit(text, span);
            if (fitted != null) {
                placed.add(fitted);
            }
        }
        placed.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < placed.size()) {
            Span first = placed.get(i);
            int start = Math.max(first.start(), position);
            int end = first.end();
            List<String> reasons = new ArrayList<>();
            reasons.add(first.reason());
            i++;
            while (i < placed.size() && placed.get(i).start() < end) {
                end = Math.max(end, placed.get(i).end());
                if (!reasons.contains(placed.get(i).reason())) {
                    reasons.add(placed.get(i).reason());
                }
                i++;
            }
            if (end <= start) {
                continue;
            }
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), false, ""));
            }
            segments.add(new Segment(text.substring(start, end), true, String.join("; ", reasons)));
            position = end;
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false, ""));
        }
        return segments;
    }

    private static @Nullable Span fit(String text, Span span) {
        boolean inside = span.start() >= 0 && span.end() > span.start() && span.end() <= text.length();
        if (inside && (span.value() == null || span.value().isEmpty()
                || text.substring(span.start(), span.end()).equals(span.value()))) {
            return span;
        }
        if (span.value() != null && !span.value().isEmpty()) {
            int found = text.indexOf(span.value());
            if (found >= 0) {
                return new Span(found, found + span.value().length(), span.value(), span.reason());
            }
        }
        return inside ? span : null;
    }
}
