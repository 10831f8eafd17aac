package org.complaintsuite.intake.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.IntakeProperties;

/**
 * Whether the broker answers, asked in the background every {@code intake.broker-probe.interval} (a cluster
 * description with a short timeout), so that neither a REST caller nor the readiness probe ever waits on a broker that
 * is away: once two probes in a row failed (one slow answer on a busy machine is not an outage; the second probe
 * follows the first failure at once), intake answers 503 at once and reports itself not ready, and it accepts again
 * on its own as soon as a probe succeeds. {@code broker} on the health endpoint, part of the readiness group.
 * <p>
 * The probe only decides when to refuse early; a complaint is still answered 202 only after the broker acknowledged
 * it ({@link ComplaintPublisher}).
 */
@Component("broker")
public class BrokerProbe implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BrokerProbe.class);

    /** What the last probe found. */
    public record State(boolean reachable, Instant checkedAt, @Nullable String problem) {
    }

    private final Admin admin;
    private final Duration timeout;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile @Nullable State state;
    private int failuresInARow;

    public BrokerProbe(KafkaAdmin kafkaAdmin, IntakeProperties properties, Clock clock) {
        this.timeout = properties.brokerProbe().timeout();
        this.interval = properties.brokerProbe().interval();
        this.clock = clock;
        Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
        // a probe must fail fast, and must not be retried inside the client
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "intake-broker-probe");
        this.admin = Admin.create(config);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broker-probe");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::probeUntilDecided, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * True unless the last probe failed and is recent. Before the first probe, and when the probes themselves
     * stalled, the broker is given the benefit of the doubt: the producer's own short timeouts still apply.
     */
    public boolean reachable() {
        State current = state;
        if (current == null || current.reachable()) {
            return true;
        }
        return current.checkedAt().plus(interval.multipliedBy(3).plus(timeout)).isBefore(clock.instant());
    }

    @Override
    public Health health() {
        State current = state;
        if (current == null) {
            return Health.unknown().withDetail("reason", "not probed yet").build();
        }
        Health.Builder health = reachable() ? Health.up() : Health.down().withDetail("problem", current.problem());
        return health.withDetail("checkedAt", current.checkedAt().toString()).build();
    }

    private void probeUntilDecided() {
        // a first failure is checked again at once rather than after the interval
        if (!probe() && failuresInARow == 1) {
            probe();
        }
    }

    /** Probes once; true if the broker answered. */
    boolean probe() {
        State previous = state;
        State next;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            failuresInARow = 0;
            next = new State(true, clock.instant(), null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (Exception ex) {
            failuresInARow++;
            if (failuresInARow < 2 && previous != null) {
                return false;
            }
            next = new State(false, clock.instant(), rootMessage(ex));
        }
        state = next;
        if (previous != null && previous.reachable() != next.reachable()) {
            if (next.reachable()) {
                log.info("The broker answers again; accepting complaints");
            }
            else {
                log.warn("The broker does not answer ({}); complaints are answered 503 until it does", next.problem());
            }
        }
        else if (previous == null && !next.reachable()) {
            log.warn("The broker does not answer ({}); complaints are answered 503 until it does", next.problem());
        }
        return next.reachable();
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        admin.close(Duration.ofMillis(500));
    }
}
