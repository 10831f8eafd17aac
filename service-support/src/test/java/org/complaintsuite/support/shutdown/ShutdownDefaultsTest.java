package org.complaintsuite.support.shutdown;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownDefaultsTest {

    @Test
    void servicesGetTheShortShutdownTimeoutsUnlessTheyConfigureTheirOwn() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.kafka.producer.properties.max.block.ms", "1000")));

        new ShutdownDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("3s");
        assertThat(environment.getProperty("spring.kafka.listener.immediate-stop")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.listener.poll-timeout")).isEqualTo("1s");
        // the service's own value wins over the default
        assertThat(environment.getProperty("spring.kafka.producer.properties.max.block.ms")).isEqualTo("1000");
    }

    @Test
    void isRegisteredForEveryServiceThatHasServiceSupportOnItsClassPath() throws Exception {
        var registered = new java.util.ArrayList<String>();
        var files = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (files.hasMoreElements()) {
            try (var in = files.nextElement().openStream()) {
                var factories = new java.util.Properties();
                factories.load(in);
                registered.add(factories.getProperty(EnvironmentPostProcessor.class.getName(), ""));
            }
        }
        assertThat(registered).anyMatch(names -> names.contains(ShutdownDefaults.class.getName()));
    }
}
