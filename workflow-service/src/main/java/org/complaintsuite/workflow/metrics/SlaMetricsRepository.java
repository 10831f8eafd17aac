package org.complaintsuite.workflow.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
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
            WHERE day >= :from AND day < :to
            GROUP BY 1""";

    /* Days [from, to) of one grain ('D' or 'M'), either per channel and group or for all ('' and ''). */
    private static final String HISTOGRAMS = """
            SELECT %s, first_contact, resolution
            FROM sla_duration_histogram
            WHERE grain = :grain AND period >= :from AND period < :to AND (channel = '') = :all""";

    /*
     * Overdue: not on time now (sla_on_time, the OnTimeRule); about to breach: on time now, not at the horizon. The
     * resolution clock's due time moves while it is paused (sla_resolution_due_at, PausableClock.dueAt): a pause
     * begun before the due time keeps it on time until the pauses allowed are used up.
     */
    private static final String OPEN_COUNTS = """
            count(*) AS open,
            count(*) FILTER (WHERE first_contacted_at IS NULL
                                   AND NOT sla_on_time(:now, first_contact_due_at)) AS first_contact_overdue,
            count(*) FILTER (WHERE NOT sla_on_time(:now, %1$s)) AS resolution_overdue,
            count(*) FILTER (WHERE NOT sla_on_time(:now, regulator_due_at)) AS regulator_overdue,
            count(*) FILTER (WHERE %2$s) AS first_contact_soon,
            count(*) FILTER (WHERE %3$s) AS resolution_soon,
            count(*) FILTER (WHERE %4$s) AS regulator_soon,
            count(*) FILTER (WHERE %2$s OR %3$s OR %4$s) AS cases_soon""".formatted(resolutionDueAt("now"),
            "(first_contacted_at IS NULL AND " + soon("first_contact_due_at", "first_contact_due_at") + ")",
            soon(resolutionDueAt("now"), resolutionDueAt("horizon")),
            soon("regulator_due_at", "regulator_due_at"));

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

    private final JdbcClient jdbc;

    SlaMetricsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The resolution clock's due time as of the instant of parameter {@code at}. */
    private static String resolutionDueAt(String at) {
        return "sla_resolution_due_at(resolution_due_at, resolution_base_due_at, resolution_paused_since, "
                + "make_interval(secs => :maxPauseSeconds), :" + at + ")";
    }

    /** On time now, overdue at the horizon: the clock breaches within it unless the case moves. */
    private static String soon(String dueNow, String dueAtHorizon) {
        return "(sla_on_time(:now, " + dueNow + ") AND NOT sla_on_time(:horizon, " + dueAtHorizon + "))";
    }

    void rollup(LocalDate from, LocalDate to, Key key, Sink sink) {
        jdbc.sql(ROLLUP.formatted(key.rollup)).param("from", from).param("to", to).query((RowCallbackHandler) rs -> {
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
        });
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
        jdbc.sql(HISTOGRAMS.formatted(key.histogram)).param("grain", grain.code).param("from", from).param("to", to)
                .param("all", all).query((RowCallbackHandler) rs -> {
                    SlaTally tally = sink.into(rs.getString(1));
                    tally.firstContactTimes.add((Integer[]) rs.getArray(2).getArray());
                    tally.resolutionTimes.add((Integer[]) rs.getArray(3).getArray());
                });
    }

    /** The open cases received in [from, to). */
    void open(Instant from, Instant to, Instant now, Duration horizon, Duration maxPause, Key key, Sink sink) {
        jdbc.sql(OPEN_IN_PERIOD.formatted(key.open)).params(openParameters(now, horizon, maxPause))
                .param("from", utc(from)).param("to", utc(to)).query((RowCallbackHandler) rs -> openRow(rs, sink));
    }

    /** Every open case, by group. */
    void openByGroup(Instant now, Duration horizon, Duration maxPause, Sink sink) {
        jdbc.sql(OPEN_BY_GROUP).params(openParameters(now, horizon, maxPause))
                .query((RowCallbackHandler) rs -> openRow(rs, sink));
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

    private static Map<String, Object> openParameters(Instant now, Duration horizon, Duration maxPause) {
        return Map.of("now", utc(now), "horizon", utc(now.plus(horizon)), "maxPauseSeconds",
                (double) maxPause.toSeconds());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
