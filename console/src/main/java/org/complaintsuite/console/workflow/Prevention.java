package org.complaintsuite.console.workflow;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The prevention figures and 溯源, as workflow serves them ({@code /api/v1/metrics/prevention}, {@code …/voice}). */
public final class Prevention {

    private Prevention() {
    }

    /** The dimensions 溯源 breaks dissatisfaction down by, in workflow's names. */
    public static final List<String> DIMENSIONS = List.of("TOPIC", "BUSINESS_TYPE", "CHANNEL");

    /** What workflow counts a conversation without a value of the dimension under. */
    public static final String NONE = "NONE";

    public record Figures(LocalDate from, LocalDate to, long contacts, long complaints,
            @Nullable Double complaintsPer10kContacts, long careTasksOpened, @Nullable Double feedbackOnTime,
            @Nullable Double handlingOnTime, long careTasksMatured, @Nullable Double preventedRate) {
    }

    public record Voice(LocalDate from, LocalDate to, String by, double dissatisfiedAt, List<VoiceDay> days,
            LocalDate risingSince, int risingWindowDays, int risingMinimum, List<Rising> rising) {
    }

    public record VoiceDay(LocalDate day, String value, long contacts, long dissatisfiedContacts, long complaints,
            long dissatisfiedVoices, double dissatisfactionRate) {
    }

    public record Rising(String value, long dissatisfiedBefore, long dissatisfiedNow, long increase,
            @Nullable Double rateBefore, double rateNow) {
    }
}
