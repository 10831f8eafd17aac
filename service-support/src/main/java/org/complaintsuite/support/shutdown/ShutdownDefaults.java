package org.complaintsuite.support.shutdown;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every service stops within 10 seconds of SIGTERM (issue 11): an orchestrator, {@code run-local.sh stop} and an
 * operator at a terminal all wait for it, and a service that keeps them waiting 30 seconds gets killed half-way.
 * These are defaults, at the lowest precedence: a service's application.yml, the environment and the command line
 * still win.
 * <ul>
 * <li>graceful HTTP shutdown, with each lifecycle phase given 3 s instead of 30 s: requests in flight finish, new
 * ones are refused;</li>
 * <li>a listener container stops after the record in hand instead of the rest of the poll (up to 500 records): the
 * records not yet processed are not committed and come again after the restart, none half-applied, because each is
 * processed in one transaction and its offset committed only after;</li>
 * <li>a consumer's poll waits 1 s, not 5, so it notices the stop soon;</li>
 * <li>a producer gives up within seconds on a broker that is away, so no listener or relay hangs on a send while the
 * service is stopping (the record is retried after the restart, as with any failed send).</li>
 * </ul>
 * The container's own stop timeouts and the producers' close timeout are set by {@link KafkaShutdownAutoConfiguration}.
 */
public class ShutdownDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "complaintsuiteShutdownDefaults";

    static final Map<String, Object> DEFAULTS;

    static {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "3s");
        defaults.put("spring.kafka.listener.immediate-stop", "true");
        defaults.put("spring.kafka.listener.poll-timeout", "1s");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "3000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "10000");
        DEFAULTS = Map.copyOf(defaults);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
    }
}
