package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/**
 * Runs of exclamation or question marks (!!, ？？) are {@code EMPHATIC}, a signal of their own: capped with anger and
 * insults ({@link SignalCaps}), and half a word of emotion.
 */
final class Emphasis {

    static final String CODE = "EMPHATIC";
    static final int WEIGHT = 10;
    static final double EMOTION = 0.5;
    private static final Pattern RUN = Pattern.compile("[!！?？]{2,}");

    private Emphasis() {
    }

    /** Every run of marks in the text. */
    static List<Evidence> find(String text) {
        List<Evidence> runs = new ArrayList<>();
        Matcher marks = RUN.matcher(text);
        while (marks.find()) {
            runs.add(Evidence.span(marks.group(), marks.start()));
        }
        return runs;
    }

    static RiskSignal signal(int weight, List<Evidence> runs) {
        return new RiskSignal(CODE, "repeated exclamation or question marks", weight, runs);
    }
}
