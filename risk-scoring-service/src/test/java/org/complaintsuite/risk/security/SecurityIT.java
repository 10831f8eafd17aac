package org.complaintsuite.risk.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.complaintsuite.support.security.Role;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.security.EndpointTable;
import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read assessments and rings and change the watch list: every endpoint of the service in one table, and the
 * tokens an attacker would try.
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class SecurityIT {

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARuleAndTheRuleHolds() throws Exception {
        EndpointTable table = EndpointTable.withOpenParts(ROLES)
                .roles("GET", "/api/v1/assessments/{complaintId}", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/clusters/{clusterId}", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/watchlist", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("GET", "/api/v1/watchlist/changes", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("POST", "/api/v1/watchlist", "SUPERVISOR")
                .roles("DELETE", "/api/v1/watchlist", "SUPERVISOR")
                .roles("POST", "/api/v1/text-analysis", "AGENT", "SUPERVISOR", "INTAKE");

        table.assertCovers(mappings);
        table.assertEnforced(mvc);
    }

    @Test
    void tokensWithoutExpiryUnsignedForgedOrWithALowerCaseRoleAreRefused() throws Exception {
        EndpointTable.assertForgedTokensRefused(mvc, "GET", "/api/v1/watchlist", "SUPERVISOR");
        EndpointTable.assertForgedTokensRefused(mvc, "POST", "/api/v1/watchlist", "SUPERVISOR");
    }

    @Test
    void anAgentCannotPutAnyoneOnTheWatchList() throws Exception {
        mvc.perform(post("/api/v1/watchlist").header("Authorization", "Bearer " + SuiteTestTokens.of("agent-li", "AGENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PHONE\", \"value\": \"+8617712345678\", \"reason\": \"grudge\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void prometheusNeedsOperationsAndNothingElseOfTheActuatorIsExposed() throws Exception {
        EndpointTable.assertPrometheusForOperationsOnly(mvc);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").header("Authorization", "Bearer "
                + SuiteTestTokens.of("ops-wu", "OPERATIONS"))).andExpect(status().isNotFound());
    }
}
