package org.complaintsuite.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** Every time the console shows is Beijing time (the firm's and the regulator's), whatever the browser's zone. */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private BeijingTime() {
    }

    public static String format(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String formatSeconds(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZONE));
    }

    /** An instant as workflow sent it (ISO-8601), shown in Beijing time; anything else shown as it came. */
    public static String formatText(@Nullable String instant) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            return formatSeconds(Instant.parse(instant));
        }
        catch (DateTimeParseException ex) {
            return instant;
        }
    }

    /** The value of an {@code <input type="datetime-local">} showing this instant in Beijing time. */
    public static String inputValue(Instant instant) {
        return INPUT.format(instant.atZone(ZONE));
    }

    /** What a {@code datetime-local} input holds, read as Beijing time. */
    public static Instant parseInput(String value) {
        return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    /** A horizon in hours, e.g. {@code 4} or {@code 2.5}. */
    public static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? Long.toString(minutes / 60)
                : java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
