package org.complaintsuite.benchmark.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Single-row inserts into the loaded table, one transaction each as the service makes them, with the rollup triggers
 * disabled and then enabled; the rows go again afterwards (the second batch through the delete trigger, leaving the
 * rollup exact).
 */
final class TriggerCost {

    private static final String INSERT = "INSERT INTO complaint_case (complaint_id, channel, source, "
            + "external_reference, customer_key, received_at, first_contact_due_at, status, assigned_group, "
            + "routing_reason, created_at, updated_at, version, resolution_started_at, resolution_base_due_at, "
            + "resolution_due_at) VALUES (?, 'PHONE', 'PHONE', 'r', 'k', now(), now() + interval '48 hours', "
            + "'RECEIVED', 'GENERAL', 'benchmark', now(), now(), 0, now(), now() + interval '7 days', "
            + "now() + interval '7 days')";

    /** Insert times without and with the triggers. */
    record Measured(int samples, Latencies without, Latencies with) {
    }

    private TriggerCost() {
    }

    static Measured measure(BenchmarkOptions options, int samples) throws SQLException {
        long[][] nanos = new long[2][samples];
        try (Connection con = options.connect(); Statement st = con.createStatement();
                PreparedStatement ps = con.prepareStatement(INSERT)) {
            con.setAutoCommit(true);
            for (int pass = 0; pass < 2; pass++) {
                String mode = pass == 0 ? "DISABLE" : "ENABLE";
                st.execute("ALTER TABLE complaint_case " + mode + " TRIGGER sla_rollup_case_inserted");
                for (int i = 0; i < samples; i++) {
                    ps.setString(1, "trigger-cost-" + pass + "-" + i);
                    long t = System.nanoTime();
                    ps.executeUpdate();
                    nanos[pass][i] = System.nanoTime() - t;
                }
                st.execute("DELETE FROM complaint_case WHERE complaint_id LIKE 'trigger-cost-" + pass + "-%'");
            }
            st.execute("ALTER TABLE complaint_case ENABLE TRIGGER sla_rollup_case_inserted");
        }
        return new Measured(samples, Latencies.of(nanos[0]), Latencies.of(nanos[1]));
    }
}
