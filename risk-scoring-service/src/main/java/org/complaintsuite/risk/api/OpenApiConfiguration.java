package org.complaintsuite.risk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}: every operation needs
 * a bearer JWT, which Swagger UI's "Authorize" button takes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TITLE = "Risk scoring service";

    static final String BEARER = "bearer-jwt";

    static final String DESCRIPTION = """
            Scores every complaint for **escalation risk** (how likely the customer goes to a regulator, the media or \
            a court, or keeps complaining) and **proxy risk** (how likely the complaint is driven by a proxy \
            rights-defence agency, 代理维权), and explains each score.

            Complaints arrive on Kafka (`complaints.received`); each assessment is published on \
            `complaints.assessed` and can be read here. Supervisors' reviews of proxy flags arrive on \
            `cases.proxy-reviews`: a dismissal means the customer's links to that ring no longer count against them, \
            and the complaint is assessed again.

            **Reading a score.** A score is the sum of its signals' weights, capped at 100. Levels: LOW 0–29, \
            MEDIUM 30–59, HIGH 60–79, CRITICAL 80–100. Each signal has a stable `code` (e.g. `REGULATOR_THREAT`, \
            `SHARED_AGENT_CONTACT`, `RING`), a `description`, its `weight` (the points it added; 0 for a signal that \
            only records something, such as `PROXY_FLAG_DISMISSED`) and its `evidence`: a `TEXT_SPAN` with offsets \
            into the complaint's customer text, a `LINKED_COMPLAINT` id, a shared `IDENTIFIER` (masked), a `RING` id, \
            or a `FACT`.

            **Who may call what.** Every request needs a bearer JWT of the suite (locally, `scripts/dev-token.sh` \
            mints one) whose `roles` claim holds: AGENT or SUPERVISOR to read assessments and rings; AGENT, \
            SUPERVISOR or OPERATIONS to read the watch list and its changes; SUPERVISOR to change it (with a \
            reason: who, when and why is kept); AGENT, SUPERVISOR or INTAKE for text analysis.

            Errors are `application/problem+json` (RFC 9457) with a stable `type` URI \
            (`urn:complaintsuite:problem:invalid-request`, `…:not-found`, `…:internal-error`); an invalid request \
            lists what is wrong field by field in `errors`.""";

    @Bean
    OpenAPI riskScoringOpenApi() {
        return new OpenAPI().info(new Info()
                        .title(TITLE)
                        .description(DESCRIPTION)
                        .version("v1"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT from the identity provider (locally: scripts/dev-token.sh)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
