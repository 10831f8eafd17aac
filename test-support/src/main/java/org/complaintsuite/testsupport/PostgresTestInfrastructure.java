package org.complaintsuite.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Import into a Spring test to give its application context a fresh PostgreSQL database of its own. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestInfrastructure {

    @Bean
    DynamicPropertyRegistrar postgresTestProperties(@Value("${spring.application.name:app}") String name) {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase(name);
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
        };
    }
}
