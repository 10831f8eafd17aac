package org.complaintsuite.workflow.voice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The 溯源 figures from the day-by-value counts: each day's dissatisfaction rate, and the values whose dissatisfied
 * voices rose most from one window of days to the next. A dissatisfied voice is a complaint (dissatisfied by
 * definition) or a contact the model read as dissatisfied; the rate is dissatisfied voices over all voices.
 */
public final class VoiceFigures {

    private VoiceFigures() {
    }

    /** What the store counts for one day and value. */
    public record Count(LocalDate day, String value, long contacts, long dissatisfiedContacts, long complaints) {

        long dissatisfiedVoices() {
            return dissatisfiedContacts + complaints;
        }

        long voices() {
            return contacts + complaints;
        }
    }

    /**
     * One day and value.
     *
     * @param dissatisfiedVoices  dissatisfied contacts and complaints
     * @param dissatisfactionRate dissatisfied voices over contacts and complaints
     */
    public record Day(LocalDate day, String value, long contacts, long dissatisfiedContacts, long complaints,
            long dissatisfiedVoices, double dissatisfactionRate) {
    }

    /**
     * A value whose dissatisfied voices rose from the window before to the last one.
     *
     * @param rateBefore the dissatisfaction rate of the window before; null when it had no voices
     */
    public record Rising(String value, long dissatisfiedBefore, long dissatisfiedNow, long increase,
            @Nullable Double rateBefore, double rateNow) {
    }

    public static List<Day> days(List<Count> counts, LocalDate from) {
        return counts.stream().filter(count -> !count.day().isBefore(from))
                .map(count -> new Day(count.day(), count.value(), count.contacts(), count.dissatisfiedContacts(),
                        count.complaints(), count.dissatisfiedVoices(),
                        (double) count.dissatisfiedVoices() / count.voices()))
                .toList();
    }

    /**
     * The values with at least {@code minimum} dissatisfied voices in the days [{@code since}, to) and more of them
     * than in the as many days before, the largest increase first (then the most voices now, then by name); values
     * without a name ({@link Dimension#NONE}) are no source to fix and are left out.
     */
    public static List<Rising> rising(List<Count> counts, LocalDate since, int windowDays, long minimum) {
        LocalDate before = since.minusDays(windowDays);
        Map<String, long[]> windows = new TreeMap<>();
        for (Count count : counts) {
            if (count.value().equals(Dimension.NONE) || count.day().isBefore(before)) {
                continue;
            }
            // [dissatisfied, voices] of the window before, then of the last one
            long[] sums = windows.computeIfAbsent(count.value(), value -> new long[4]);
            int at = count.day().isBefore(since) ? 0 : 2;
            sums[at] += count.dissatisfiedVoices();
            sums[at + 1] += count.voices();
        }
        return windows.entrySet().stream()
                .filter(value -> value.getValue()[2] >= minimum && value.getValue()[2] > value.getValue()[0])
                .map(value -> {
                    long[] sums = value.getValue();
                    return new Rising(value.getKey(), sums[0], sums[2], sums[2] - sums[0],
                            sums[1] == 0 ? null : (double) sums[0] / sums[1], (double) sums[2] / sums[3]);
                })
                .sorted(Comparator.comparingLong(Rising::increase).reversed()
                        .thenComparing(Comparator.comparingLong(Rising::dissatisfiedNow).reversed())
                        .thenComparing(Rising::value))
                .toList();
    }
}
