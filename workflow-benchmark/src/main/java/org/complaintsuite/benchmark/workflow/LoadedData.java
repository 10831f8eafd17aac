package org.complaintsuite.benchmark.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the loaded database holds: what was generated ({@code bench_meta}), the tables' sizes, and the SLA figures
 * the service's rollup counts over the whole history.
 *
 * @param facts  by name, for the report
 * @param rollup the rollup's sums over every day, channel and group, by column
 */
record LoadedData(Map<String, String> facts, Map<String, Long> rollup) {

    /** The rollup's counters, in the order of {@code sla_daily_rollup}. */
    static final List<String> ROLLUP_COLUMNS = List.of("received", "first_contact_on_time", "first_contact_late",
            "first_contact_stopped_overdue", "resolution_on_time", "resolution_late", "resolution_stopped_overdue",
            "regulator_on_time", "regulator_late", "regulator_stopped_overdue", "satisfied", "dissatisfied",
            "proxy_driven", "repeats");

    private static final String[][] SIZES = {
            {"cases in complaint_case", "SELECT count(*) FROM complaint_case"},
            {"open cases now", "SELECT count(*) FROM complaint_case WHERE resolved_at IS NULL AND withdrawn_at IS NULL"},
            {"rollup rows", "SELECT count(*) FROM sla_daily_rollup"},
            {"complaint_case size (with indexes)", "SELECT pg_size_pretty(pg_total_relation_size('complaint_case'))"},
            {"sla_daily_rollup size", "SELECT pg_size_pretty(pg_total_relation_size('sla_daily_rollup'))"},
            {"duration histograms", "SELECT count(*) FROM sla_duration_histogram"},
            {"sla_duration_histogram size", "SELECT pg_size_pretty(pg_total_relation_size('sla_duration_histogram'))"},
            {"complaint_case_open_idx size", "SELECT pg_size_pretty(pg_relation_size('complaint_case_open_idx'))"}};

    static LoadedData read(BenchmarkOptions options) throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, Long> rollup = new LinkedHashMap<>();
        try (Connection con = options.connect(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT key, value FROM bench_meta")) {
                while (rs.next()) {
                    facts.put(rs.getString(1), rs.getString(2));
                }
            }
            facts.put("last day", LocalDate.parse(facts.get("first day"))
                    .plusDays(options.intValue("days") - 1).toString());
            for (String[] query : SIZES) {
                try (ResultSet rs = st.executeQuery(query[1])) {
                    rs.next();
                    facts.put(query[0], rs.getString(1));
                }
            }
            String sums = String.join(", ", ROLLUP_COLUMNS.stream().map(c -> "sum(" + c + ")").toList());
            try (ResultSet rs = st.executeQuery("SELECT " + sums + " FROM sla_daily_rollup")) {
                rs.next();
                for (int k = 0; k < ROLLUP_COLUMNS.size(); k++) {
                    rollup.put(ROLLUP_COLUMNS.get(k), rs.getLong(k + 1));
                }
            }
        }
        LoadedData data = new LoadedData(facts, rollup);
        if (!facts.get("cases in complaint_case").equals(Long.toString(rollup.get("received")))) {
            throw new IllegalStateException("the rollup counts " + rollup.get("received") + " cases, the table holds "
                    + facts.get("cases in complaint_case"));
        }
        SlaMetricsBenchmark.log("data: " + facts + ", rollup: " + rollup);
        return data;
    }

    LocalDate firstDay() {
        return LocalDate.parse(facts.get("first day"));
    }

    LocalDate lastDay() {
        return LocalDate.parse(facts.get("last day"));
    }

    /**
     * What the service's clock rule said of {@code column} while the cases were generated (null: not known, from a
     * database loaded by an older benchmark), to set beside the rollup's count.
     */
    @Nullable String byRule(String column) {
        return facts.get("rule " + column);
    }
}
