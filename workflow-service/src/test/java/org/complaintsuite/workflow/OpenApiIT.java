package org.complaintsuite.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API description the call-center front end integrates against: open to read, describing the bearer tokens. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class OpenApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionIsTitledDeclaresBearerTokensAndGivesExamplesForTheCommands() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Complaint workflow API"))
                .andExpect(jsonPath("$.info.description").value(startsWith("Every complaint as a case")))
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer-jwt").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{complaintId}/transfer'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox'].get").exists())
                .andExpect(jsonPath("$.components.schemas.Transfer.properties.group.example").value("COMPLEX"))
                .andExpect(jsonPath("$.components.schemas.Contact.properties.outcome.example").exists())
                .andExpect(jsonPath("$.components.schemas.Resolution.properties.reason.example")
                        .value("PRICING_AND_FEES"))
                .andExpect(jsonPath("$.components.schemas.ExtensionRequest.properties.days.example").value(30))
                .andExpect(jsonPath("$.tags[*].name").value(hasItem("Supervision")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
