package org.complaintsuite.risk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every MockMvc request of a test that imports this carries the token of a supervisor (who may do everything an
 * agent may): for tests of what the API answers; who may ask is SecurityIT's business.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ActingAsSupervisor {

    public static final String USER = "lead-wang";

    @Bean
    MockMvcBuilderCustomizer actingAsSupervisor() {
        return builder -> builder.defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + SuiteTestTokens.of(USER, "SUPERVISOR", "AGENT")));
    }
}
