package org.complaintsuite.workflow.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the two halves of the figures: the daily rollup (what no longer changes about a case, kept by the triggers
 * of migration V5) and the open cases (what changes with the passing of time, through the partial index
 * {@code complaint_case_open_idx}).
 */
@Repository
class SlaMetricsRepository {

    /** Receives the counters of one rollup row or one group of open cases. */
    @FunctionalInterface
    interface Sink {
        SlaTally into(@Nullable LocalDate day, @Nullable String channel, String group);
    }

    private static final String ROLLUP = """
            SELECT day, channel, assigned_group, received, first_contact_on_time, first_contact_late,
                   first_contact_stopped_overdue, resolution_on_time, resolution_late, resolution_stopped_overdue,
                   regulator_on_time, regulator_late, regulator_stopped_overdue, satisfied, dissatisfied, proxy_driven,
                   repeats, first_contact_histogram, resolution_histogram
            FROM sla_daily_rollup
            WHERE day >= ? AND day < ?""";

    /*
     * An open resolution clock is overdue when running past its due time, or when paused and either the pause began
     * after the due time or the pauses allowed are used up past it (base due + max pause < now): that is
     * PausableClock.state for a paused clock. pauseSpent = now - max pause, horizon = now + the about-to-breach
     * horizon, horizonPauseSpent = horizon - max pause.
     */
    private static final String OPEN_COUNTS = """
            count(*) AS open,
            count(*) FILTER (WHERE first_contacted_at IS NULL AND first_contact_due_at < :now) AS first_contact_overdue,
            count(*) FILTER (WHERE (resolution_paused_since IS NULL AND resolution_due_at < :now)
                                OR (resolution_paused_since IS NOT NULL AND (resolution_paused_since > resolution_due_at
                                    OR resolution_base_due_at < :pauseSpent))) AS resolution_overdue,
            count(*) FILTER (WHERE regulator_due_at < :now) AS regulator_overdue,
            count(*) FILTER (WHERE first_contacted_at IS NULL AND first_contact_due_at >= :now
                                   AND first_contact_due_at < :horizon) AS first_contact_soon,
            count(*) FILTER (WHERE (resolution_paused_since IS NULL AND resolution_due_at >= :now AND resolution_due_at < :horizon)
                                OR (resolution_paused_since IS NOT NULL AND resolution_paused_since <= resolution_due_at
                                    AND resolution_base_due_at >= :pauseSpent AND resolution_base_due_at < :horizonPauseSpent)) AS resolution_soon,
            count(*) FILTER (WHERE regulator_due_at >= :now AND regulator_due_at < :horizon) AS regulator_soon,
            count(*) FILTER (WHERE (first_contacted_at IS NULL AND first_contact_due_at >= :now AND first_contact_due_at < :horizon)
                                OR (resolution_paused_since IS NULL AND resolution_due_at >= :now AND resolution_due_at < :horizon)
                                OR (resolution_paused_since IS NOT NULL AND resolution_paused_since <= resolution_due_at
                                    AND resolution_base_due_at >= :pauseSpent AND resolution_base_due_at < :horizonPauseSpent)
                                OR (regulator_due_at >= :now AND regulator_due_at < :horizon)) AS cases_soon""";

    private static final String OPEN_BY_DAY = """
            SELECT (received_at AT TIME ZONE 'Asia/Shanghai')::DATE AS day, channel, assigned_group,
            """ + OPEN_COUNTS + """

            FROM complaint_case
            WHERE resolved_at IS NULL AND withdrawn_at IS NULL AND received_at >= :from AND received_at < :to
            GROUP BY 1, 2, 3""";

    private static final String OPEN_BY_GROUP = """
            SELECT NULL::DATE AS day, NULL AS channel, assigned_group,
            """ + OPEN_COUNTS + """

            FROM complaint_case
            WHERE resolved_at IS NULL AND withdrawn_at IS NULL
            GROUP BY assigned_group""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SlaMetricsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void rollup(LocalDate from, LocalDate to, Sink sink) {
        jdbc.query(ROLLUP, (RowCallbackHandler) rs -> {
            SlaTally tally = sink.into(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3));
            tally.received += rs.getLong(4);
            tally.firstContactOnTime += rs.getLong(5);
            tally.firstContactLate += rs.getLong(6);
            tally.firstContactStoppedOverdue += rs.getLong(7);
            tally.resolutionOnTime += rs.getLong(8);
            tally.resolutionLate += rs.getLong(9);
            tally.resolutionStoppedOverdue += rs.getLong(10);
            tally.regulatorOnTime += rs.getLong(11);
            tally.regulatorLate += rs.getLong(12);
            tally.regulatorStoppedOverdue += rs.getLong(13);
            tally.satisfied += rs.getLong(14);
            tally.dissatisfied += rs.getLong(15);
            tally.proxyDriven += rs.getLong(16);
            tally.repeats += rs.getLong(17);
            tally.firstContactTimes.add((Integer[]) rs.getArray(18).getArray());
            tally.resolutionTimes.add((Integer[]) rs.getArray(19).getArray());
        }, from, to);
    }

    /** The open cases received in [from, to), by day of receipt, channel and group. */
    void open(Instant from, Instant to, Instant now, Duration horizon, Duration maxPause, Sink sink) {
        named.query(OPEN_BY_DAY, openParameters(now, horizon, maxPause).addValue("from", utc(from))
                .addValue("to", utc(to)), (RowCallbackHandler) rs -> openRow(rs, sink));
    }

    /** Every open case, by group (the day and channel handed to the sink are null). */
    void openByGroup(Instant now, Duration horizon, Duration maxPause, Sink sink) {
        named.query(OPEN_BY_GROUP, openParameters(now, horizon, maxPause), (RowCallbackHandler) rs -> openRow(rs, sink));
    }

    private static void openRow(ResultSet rs, Sink sink) throws SQLException {
        SlaTally tally = sink.into(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3));
        tally.open += rs.getLong("open");
        tally.firstContactOverdue += rs.getLong("first_contact_overdue");
        tally.resolutionOverdue += rs.getLong("resolution_overdue");
        tally.regulatorOverdue += rs.getLong("regulator_overdue");
        tally.firstContactSoon += rs.getLong("first_contact_soon");
        tally.resolutionSoon += rs.getLong("resolution_soon");
        tally.regulatorSoon += rs.getLong("regulator_soon");
        tally.casesSoon += rs.getLong("cases_soon");
    }

    private static MapSqlParameterSource openParameters(Instant now, Duration horizon, Duration maxPause) {
        return new MapSqlParameterSource()
                .addValue("now", utc(now))
                .addValue("pauseSpent", utc(now.minus(maxPause)))
                .addValue("horizon", utc(now.plus(horizon)))
                .addValue("horizonPauseSpent", utc(now.plus(horizon).minus(maxPause)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
