package org.complaintsuite.workflow;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}) that the call-center front end
 * integrates against: every operation needs a bearer JWT, which Swagger UI's "Authorize" button takes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI workflowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Complaint workflow API").version("v1").description("""
                        Every complaint as a case: its SLA clocks on the official calendar (first contact within 48 \
                        hours, resolution within 5 working days, the regulator's deadline), its specialist group, \
                        what it says and why it was flagged. Agents read their queue and a case and record contacts, \
                        notes and resolutions; supervisors transfer cases, review proxy flags, merge repeats and \
                        approve regulator deadline extensions; operations read the SLA metrics and load calendars.

                        Every request needs a bearer JWT whose `roles` claim holds AGENT, SUPERVISOR or OPERATIONS \
                        (locally, `scripts/dev-token.sh` mints one). A command on a case carries the version read \
                        (`If-Match: "<version>"`, the case's ETag) and is refused with 409 when the case changed \
                        meanwhile. Errors are RFC 9457 problem details (`application/problem+json`). Reading a case \
                        shows the complainant's personal data: every such read is recorded."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT from the identity provider (locally: scripts/dev-token.sh)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
