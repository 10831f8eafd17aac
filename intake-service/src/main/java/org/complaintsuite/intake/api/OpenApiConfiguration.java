package org.complaintsuite.intake.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}) the channels integrate
 * against: every complaint endpoint needs a bearer JWT, which Swagger UI's "Authorize" button takes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI intakeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Complaint intake API").version("v1").description("""
                        One endpoint per channel (phone call, chat session, regulator transfer), each taking that \
                        channel's raw payload and answering 202 with the complaint id once the broker holds it.

                        Every request needs a bearer JWT whose `roles` claim holds INTAKE (a channel's service \
                        account) or AGENT (locally, `scripts/dev-token.sh callcenter-fe INTAKE` mints one). Errors \
                        are RFC 9457 problem details (`application/problem+json`)."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT from the identity provider (locally: scripts/dev-token.sh)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
