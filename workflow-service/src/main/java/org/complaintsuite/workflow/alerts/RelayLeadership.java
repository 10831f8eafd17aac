package org.complaintsuite.workflow.alerts;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which workflow instance relays the SLA alert outbox: the one holding the lease on the relay row. The leader renews
 * its lease on every run; another instance takes the relay only once the lease ran out (the leader died) or was given
 * up (the leader stopped). Leases are timed by the database's clock, so the instances' clocks do not matter.
 * Correctness does not rest on the lease (a leader that does not know it lost the lease is fenced by Kafka); the
 * lease only keeps the instances from taking the relay from each other on every run.
 */
final class RelayLeadership {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private final JdbcClient jdbc;
    private final String instance = UUID.randomUUID().toString();
    private final Duration lease;
    private boolean held;

    RelayLeadership(JdbcClient jdbc, Duration lease) {
        this.jdbc = jdbc;
        this.lease = lease;
    }

    /** Whether this instance leads: renews the lease it holds, or takes it if it is free or ran out. */
    boolean hold() {
        boolean holds = jdbc.sql("""
                UPDATE sla_alert_relay SET leader = :instance,
                    lease_until = now() + make_interval(secs => :seconds)
                WHERE leader IS NULL OR leader = :instance OR lease_until < now()""")
                .param("instance", instance)
                .param("seconds", lease.toMillis() / 1000.0)
                .update() == 1;
        if (holds != held) {
            log.info(holds ? "This instance now relays the SLA alerts"
                    : "This instance no longer relays the SLA alerts");
        }
        held = holds;
        return holds;
    }

    /** Gives up the lease, if this instance holds it: another instance takes over on its next run. */
    void release() {
        if (held) {
            held = false;
            jdbc.sql("UPDATE sla_alert_relay SET leader = NULL, lease_until = NULL WHERE leader = :instance")
                    .param("instance", instance)
                    .update();
        }
    }
}
