package uk.caredecisions.service.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Decisions, scenarios and reading rule sets need a client credential;
 * staging, publishing and activating a rule set need the PRACTICE_LEAD role. Local users come from
 * {@code caredecisions.security.users} (HTTP Basic); when a JWT issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) tokens from the council's identity
 * provider are accepted too, with roles from the token's {@code roles} claim.
 */
@Configuration
class SecurityConfig {

    static final String CLIENT = "CLIENT";
    static final String PRACTICE_LEAD = "PRACTICE_LEAD";
    static final String TRAINER = "TRAINER";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ServiceProperties properties, ObjectProvider<JwtDecoder> jwt, ObjectMapper mapper) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> problem(res, mapper, HttpStatus.UNAUTHORIZED,
                        "Send credentials: HTTP Basic with a configured user, or a bearer token from the council's identity provider.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problem(res, mapper, HttpStatus.UNAUTHORIZED,
                                "Send credentials: HTTP Basic with a configured user, or a bearer token from the council's identity provider."))
                        .accessDeniedHandler((req, res, e) -> problem(res, mapper, HttpStatus.FORBIDDEN,
                                "Your role may not do this; publishing rule sets needs the PRACTICE_LEAD role.")));
        if (!properties.security().enabled()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                .requestMatchers(HttpMethod.POST, "/v1/rulesets").hasRole(PRACTICE_LEAD)
                .requestMatchers(HttpMethod.POST, "/v1/rulesets/*/activate").hasRole(PRACTICE_LEAD)
                .requestMatchers("/v1/**").hasAnyRole(CLIENT, PRACTICE_LEAD, TRAINER)
                .anyRequest().authenticated());
        if (jwt.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(token -> {
                Collection<GrantedAuthority> roles = new java.util.ArrayList<>();
                List<String> claim = token.getClaimAsStringList("roles");
                if (claim != null) {
                    claim.forEach(r -> roles.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
                return roles;
            });
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    @Bean
    UserDetailsService users(ServiceProperties properties) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (ServiceProperties.User user : properties.security().users()) {
            manager.createUser(User.withUsername(user.username()).password(user.password())
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        // Handed out as a plain UserDetailsService, not the manager itself: Spring Security
        // "upgrades" the stored password of a manager that can update passwords after the first
        // successful sign-in, so a {noop} password silently became a bcrypt hash and every later
        // request paid a bcrypt check (about 80 ms here, 96% of a decision's time under load).
        return manager::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletResponse response, ObjectMapper mapper, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Problems.of(status, status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden",
                status.getReasonPhrase(), detail, List.of()));
    }
}
