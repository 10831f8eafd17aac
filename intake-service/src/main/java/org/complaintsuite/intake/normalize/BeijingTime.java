package org.complaintsuite.intake.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Channel times: with an offset they mean what they say; without one they are Beijing time. */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));

    private BeijingTime() {
    }

    /** An ISO-8601 date-time with or without offset, or {@code yyyy-MM-dd HH:mm:ss}; empty when unreadable. */
    public static Optional<Instant> parseInstant(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        }
        catch (DateTimeParseException ignored) {
            // not offset-qualified: read it as Beijing local time below
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(ZONE).toInstant());
            }
            catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> parseDate(String text) {
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
