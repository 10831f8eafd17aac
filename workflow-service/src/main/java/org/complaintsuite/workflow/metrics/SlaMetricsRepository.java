package org.complaintsuite.workflow.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the parts of the figures: the daily rollup and the duration histograms (what no longer changes about a case,
 * kept by the triggers of migration V5), and the open cases (what changes with the passing of time, through the
 * partial index {@code complaint_case_open_idx}).
 */
@Repository
class SlaMetricsRepository {

    /** Where the counters of one group go. */
    @FunctionalInterface
    interface Sink {
        SlaTally into(String key);
    }

    /**
     * What the rows are grouped by, as SQL expressions over the rollup, the histograms and the open cases. The
     * counters are summed by PostgreSQL (a year by channel is three rows, not thousands); the histograms, which SQL
     * cannot add up cheaply, come one row each and are added up in Java.
     */
    enum Key {
        NONE("''", "''", "''"),
        CHANNEL("channel", "channel", "channel"),
        GROUP("assigned_group", "assigned_group", "assigned_group"),
        DAY("day::TEXT", "period::TEXT", "(received_at AT TIME ZONE 'Asia/Shanghai')::DATE::TEXT");

        private final String rollup;
        private final String histogram;
        private final String open;

        Key(String rollup, String histogram, String open) {
            this.rollup = rollup;
            this.histogram = histogram;
            this.open = open;
        }
    }

    private static final String ROLLUP = """
            SELECT %s, sum(received), sum(first_contact_on_time), sum(first_contact_late),
                   sum(first_contact_stopped_overdue), sum(resolution_on_time), sum(resolution_late),
                   sum(resolution_stopped_overdue), sum(regulator_on_time), sum(regulator_late),
                   sum(regulator_stopped_overdue), sum(satisfied), sum(dissatisfied), sum(proxy_driven), sum(repeats)
            FROM sla_daily_rollup
            WHERE day >= ? AND day < ?
            GROUP BY 1""";

    /* Days [from, to) of one grain ('D' or 'M'), either per channel and group or for all ('' and ''). */
    private static final String HISTOGRAMS = """
            SELECT %s, first_contact, resolution
            FROM sla_duration_histogram
            WHERE grain = ? AND period >= ? AND period < ? AND (channel = '') = ?""";

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

    private static final String OPEN_IN_PERIOD = """
            SELECT %s,
            """ + OPEN_COUNTS + """

            FROM complaint_case
            WHERE resolved_at IS NULL AND withdrawn_at IS NULL AND received_at >= :from AND received_at < :to
            GROUP BY 1""";

    private static final String OPEN_BY_GROUP = """
            SELECT assigned_group,
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

    void rollup(LocalDate from, LocalDate to, Key key, Sink sink) {
        jdbc.query(ROLLUP.formatted(key.rollup), (RowCallbackHandler) rs -> {
            SlaTally tally = sink.into(rs.getString(1));
            tally.received += rs.getLong(2);
            tally.firstContactOnTime += rs.getLong(3);
            tally.firstContactLate += rs.getLong(4);
            tally.firstContactStoppedOverdue += rs.getLong(5);
            tally.resolutionOnTime += rs.getLong(6);
            tally.resolutionLate += rs.getLong(7);
            tally.resolutionStoppedOverdue += rs.getLong(8);
            tally.regulatorOnTime += rs.getLong(9);
            tally.regulatorLate += rs.getLong(10);
            tally.regulatorStoppedOverdue += rs.getLong(11);
            tally.satisfied += rs.getLong(12);
            tally.dissatisfied += rs.getLong(13);
            tally.proxyDriven += rs.getLong(14);
            tally.repeats += rs.getLong(15);
        }, from, to);
    }

    enum Grain {
        DAY("D"), MONTH("M");

        private final String code;

        Grain(String code) {
            this.code = code;
        }
    }

    /**
     * The duration histograms of the days (or months starting) in [from, to); {@code all}: the rows counting every
     * channel and group (the sink is handed channel and group ""), kept for days only.
     */
    void histograms(Grain grain, LocalDate from, LocalDate to, boolean all, Key key, Sink sink) {
        if (!from.isBefore(to)) {
            return;
        }
        jdbc.query(HISTOGRAMS.formatted(key.histogram), (RowCallbackHandler) rs -> {
            SlaTally tally = sink.into(rs.getString(1));
            tally.firstContactTimes.add((Integer[]) rs.getArray(2).getArray());
            tally.resolutionTimes.add((Integer[]) rs.getArray(3).getArray());
        }, grain.code, from, to, all);
    }

    /** The open cases received in [from, to). */
    void open(Instant from, Instant to, Instant now, Duration horizon, Duration maxPause, Key key, Sink sink) {
        named.query(OPEN_IN_PERIOD.formatted(key.open), openParameters(now, horizon, maxPause).addValue("from", utc(from))
                .addValue("to", utc(to)), (RowCallbackHandler) rs -> openRow(rs, sink));
    }

    /** Every open case, by group. */
    void openByGroup(Instant now, Duration horizon, Duration maxPause, Sink sink) {
        named.query(OPEN_BY_GROUP, openParameters(now, horizon, maxPause), (RowCallbackHandler) rs -> openRow(rs, sink));
    }

    private static void openRow(ResultSet rs, Sink sink) throws SQLException {
        SlaTally tally = sink.into(rs.getString(1));
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
