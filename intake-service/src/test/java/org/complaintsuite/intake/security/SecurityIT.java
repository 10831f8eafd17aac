package org.complaintsuite.intake.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.complaintsuite.support.security.Role;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.security.EndpointTable;
import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may hand in complaints: every endpoint of the service in one table, and the tokens an attacker would try. */
@SpringBootTest(properties = "intake.id-hash-key=security-test-key")
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import(KafkaTestInfrastructure.class)
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
                .roles("POST", "/api/v1/complaints/phone", "INTAKE", "AGENT")
                .roles("POST", "/api/v1/complaints/chat", "INTAKE", "AGENT")
                .roles("POST", "/api/v1/complaints/regulator", "INTAKE", "AGENT");

        table.assertCovers(mappings);
        table.assertEnforced(mvc);
    }

    @Test
    void tokensWithoutExpiryUnsignedForgedOrWithALowerCaseRoleAreRefused() throws Exception {
        EndpointTable.assertForgedTokensRefused(mvc, "POST", "/api/v1/complaints/chat", "INTAKE");
    }

    @Test
    void prometheusNeedsOperationsAndNothingElseOfTheActuatorIsExposed() throws Exception {
        EndpointTable.assertPrometheusForOperationsOnly(mvc);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").header("Authorization", "Bearer "
                + SuiteTestTokens.of("ops-wu", "OPERATIONS")))
                .andExpect(status().isNotFound());
    }
}
