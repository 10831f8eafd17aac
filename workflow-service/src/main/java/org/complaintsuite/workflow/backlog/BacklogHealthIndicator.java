package org.complaintsuite.workflow.backlog;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code scoringBacklog} on the health endpoint, alone in the group {@code backlog}
 * ({@code /actuator/health/backlog}; a contributor cannot bear a group's name): UP while the oldest unassessed case is
 * younger than {@code workflow.backlog.warn-after}, WARNING (answered 200) past it, OUT_OF_SERVICE
 * (503) past {@code workflow.backlog.alert-after}. Not in the readiness group by default: a workflow instance cannot
 * make risk scoring faster, and taking it out of rotation would only stop the agents' work; a deployment that scales
 * on it can add it (docs/operations.md).
 */
@Component("scoringBacklog")
class BacklogHealthIndicator implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "Cases wait longer than usual for their risk assessment");

    private final BacklogMonitor monitor;
    private final BacklogProperties properties;

    BacklogHealthIndicator(BacklogMonitor monitor, BacklogProperties properties) {
        this.monitor = monitor;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Backlog backlog = monitor.last();
        if (backlog == null) {
            return Health.unknown().withDetail("reason", "not measured yet").build();
        }
        Duration age = backlog.oldestAge();
        Health.Builder health;
        if (age.compareTo(properties.alertAfter()) > 0) {
            health = Health.outOfService();
        }
        else if (age.compareTo(properties.warnAfter()) > 0) {
            health = Health.status(WARNING);
        }
        else {
            health = Health.up();
        }
        return health.withDetail("unassessedCases", backlog.unassessed())
                .withDetail("oldestUnassessedAgeSeconds", age.toSeconds())
                .withDetail("warnAfter", properties.warnAfter().toString())
                .withDetail("alertAfter", properties.alertAfter().toString())
                .withDetail("measuredAt", backlog.measuredAt().toString())
                .build();
    }
}
