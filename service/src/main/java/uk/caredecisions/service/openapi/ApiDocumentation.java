package uk.caredecisions.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI description: what the service is, how to sign in (HTTP Basic, or a bearer
 * token from the council's identity provider) and, through {@link ContractCustomizer}, the parts
 * springdoc cannot infer: problem responses, per-type outcome enums, stable operation ids.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI careDecisionsApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Care decisions API")
                        .version(version)
                        .description("""
                                Decisions under the Care Act 2014 for English adult social care: adult and carer eligibility \
                                (the Care and Support (Eligibility Criteria) Regulations 2015), safeguarding concerns (s42), \
                                front-door triage and the waiting list. Each decision names the rule-set version and sha256 \
                                that decided it, and gives reasons citing the law and the table cell used.

                                Errors are `application/problem+json` (RFC 9457) with `errors[{field, message}]` naming every \
                                bad field. Requests refuse unknown fields and strings over 200 characters. Tri-state facts are \
                                YES, NO or UNKNOWN; an unknown that could change the outcome gives INSUFFICIENT_INFORMATION \
                                with `missing`.""")
                        .contact(new Contact().name("Care decisions service team").email("care-decisions@example.org"))
                        .license(new License().name("Open Government Licence v3.0 (statute text); service code: proprietary to the council")
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A configured local user (caredecisions.security.users)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A token from the council's identity provider, roles in its `roles` claim.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer contract() {
        return new ContractCustomizer();
    }
}
