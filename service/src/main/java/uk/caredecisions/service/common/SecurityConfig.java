package uk.caredecisions.service.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.caredecisions.common.FieldError;

/**
 * Who may call what. Deciding and reading need a client credential (CLIENT, TRAINER or
 * PRACTICE_LEAD); running scenarios and the impact between loaded versions need TRAINER or
 * PRACTICE_LEAD; anything that sends a workbook (validate, the impact of an upload, staging) and
 * activating need PRACTICE_LEAD, since a workbook is policy that will run. In the console, an
 * AUDITOR may open the reports page and nothing else; approving and the impact on real history are
 * a practice lead's. Local users come from
 * {@code caredecisions.security.users} (HTTP Basic); when a JWT issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) tokens from the council's identity
 * provider are accepted too, with roles from the token's {@code roles} claim.
 */
@Configuration
class SecurityConfig {

    static final String CLIENT = "CLIENT";
    static final String PRACTICE_LEAD = "PRACTICE_LEAD";
    static final String TRAINER = "TRAINER";
    /** The metrics scraper: may read /actuator/prometheus and nothing else. */
    static final String MONITORING = "MONITORING";
    /** Reads decision receipts and replays them; nothing else about a person is readable. */
    static final String AUDITOR = "AUDITOR";

    /** Policy for the API's own answers: nothing may be loaded, framed or submitted anywhere. */
    static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    /** Swagger UI sets inline styles and data: images; nothing else is loosened. */
    static final String CSP_SWAGGER = CSP + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    static final String REALM = "Basic realm=\"care-decisions\"";
    private static final String SIGN_IN = "Send credentials: HTTP Basic with a configured user, or a bearer token from the council's identity provider.";

    /** Where the console lives: its pages, sign-in and sign-out, and the styles and scripts they load. */
    static final String[] CONSOLE_PATHS = {"/", "/console", "/console/**", "/sign-in", "/sign-out", "/webjars/**"};

    /**
     * The console, for people: a sign-in form, a session, CSRF tokens on every form. Practice leads
     * and trainers get in; a case system's CLIENT credential does not (a 403 page). Ordered before
     * the API's chain, which stays stateless and never reads the console's session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ServiceProperties properties) throws Exception {
        http.securityMatcher(CONSOLE_PATHS)
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/console", false)
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath() + "/sign-in?"
                                + (e instanceof ThrottledSignIn.TooManyFailures ? "throttled" : "error")))
                        .permitAll())
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(consoleDenied()));
        if (!properties.security().enabled()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                .requestMatchers("/", "/webjars/**", "/console/assets/**", "/sign-in").permitAll()
                .requestMatchers("/console/forbidden").authenticated()
                // The start page sends an auditor on to the reports (console.ConsolePages); a CLIENT is still refused it.
                .requestMatchers("/console").hasAnyRole(PRACTICE_LEAD, TRAINER, AUDITOR)
                // Anything that carries a workbook or changes what decides: only a practice lead.
                .requestMatchers("/console/changes/**", "/console/rulesets/*/activate", "/console/rulesets/*/approve",
                        "/console/rulesets/*/history-impact", "/console/rulesets/*/history-impact/**").hasRole(PRACTICE_LEAD)
                // Management information: the one console page an auditor may open, as it may read /v1/reports.
                .requestMatchers("/console/reports", "/console/reports/**").hasAnyRole(PRACTICE_LEAD, AUDITOR)
                .anyRequest().hasAnyRole(PRACTICE_LEAD, TRAINER));
        return http.build();
    }

    /** The reason a console request was refused, for the 403 page: {@code csrf} when a form's token was missing or out of date. */
    static final String CONSOLE_REFUSAL = "caredecisions.console.refusal";

    /** Forwards to the console's 403 page, saying whether the role or a stale form (an ended session) was the reason. */
    private static AccessDeniedHandler consoleDenied() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/console/forbidden");
        return (req, res, e) -> {
            req.setAttribute(CONSOLE_REFUSAL, e instanceof CsrfException ? "csrf" : "role");
            page.handle(req, res, e);
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ServiceProperties properties, ObjectProvider<JwtDecoder> jwt, ObjectMapper mapper) throws Exception {
        AuthenticationEntryPoint signIn = (req, res, e) -> {
            if (e instanceof ThrottledSignIn.TooManyFailures many) {
                res.setHeader("Retry-After", String.valueOf(Math.max(1, (many.retryAfter().toMillis() + 999) / 1000)));
                problem(res, mapper, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "Too many failed sign-ins from this user name or address; wait and try again.");
                return;
            }
            res.setHeader("WWW-Authenticate", REALM);
            problem(res, mapper, HttpStatus.UNAUTHORIZED, "unauthorized", SIGN_IN);
        };
        RequestMatcher swagger = new OrRequestMatcher(new AntPathRequestMatcher("/swagger-ui/**"), new AntPathRequestMatcher("/swagger-ui.html"));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("care-decisions").authenticationEntryPoint(signIn))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger, new StaticHeadersWriter("Content-Security-Policy", CSP_SWAGGER)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                                new StaticHeadersWriter("Content-Security-Policy", CSP))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((req, res, e) -> problem(res, mapper, HttpStatus.FORBIDDEN, "forbidden",
                                "Your role may not do this: sending workbooks (validate, impact of an upload, staging) and activating need the "
                                        + "PRACTICE_LEAD role; running scenarios and the impact between loaded versions need TRAINER or PRACTICE_LEAD.")));
        if (!properties.security().enabled()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/prometheus").hasRole(MONITORING)
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                // Anything that carries a workbook, or could: only a practice lead.
                .requestMatchers(HttpMethod.POST, "/v1/rulesets", "/v1/rulesets/validate", "/v1/rulesets/*/activate", "/v1/rulesets/*/approve",
                        "/v1/scenarios/impact/upload").hasRole(PRACTICE_LEAD)
                .requestMatchers(new AndRequestMatcher(new AntPathRequestMatcher("/v1/scenarios/impact", HttpMethod.POST.name()),
                        new NegatedRequestMatcher(SecurityConfig::isJson))).hasRole(PRACTICE_LEAD)
                .requestMatchers(HttpMethod.POST, "/v1/scenarios/impact", "/v1/scenarios/run").hasAnyRole(PRACTICE_LEAD, TRAINER)
                // Receipts hold what case systems sent: the auditor alone reads and replays them.
                .requestMatchers(HttpMethod.GET, "/v1/decisions/*").hasRole(AUDITOR)
                .requestMatchers(HttpMethod.POST, "/v1/decisions/*/replay").hasRole(AUDITOR)
                .requestMatchers("/v1/receipts/**").hasRole(AUDITOR)
                // Figures are counts; the impact on real history shows cases, for the practice lead deciding to publish.
                .requestMatchers(HttpMethod.POST, "/v1/reports/impact").hasAnyRole(PRACTICE_LEAD, AUDITOR)
                .requestMatchers("/v1/reports/**").hasAnyRole(PRACTICE_LEAD, AUDITOR)
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

    /** A JSON body: the only kind of impact request that names loaded versions instead of carrying workbooks. */
    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Local users signed in with the same work for known and unknown names, failures throttled. */
    @Bean
    AuthenticationProvider signInProvider(UserDetailsService users, PasswordEncoder encoder, ServiceProperties properties) {
        return new ThrottledSignIn(users, encoder, new SignInThrottle(properties.security().signIn()), properties.security());
    }

    /** Requests the firewall refuses (encoded dots or slashes, semicolons, control characters) as a problem, not an HTML page. */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper mapper) {
        return (req, res, e) -> problem(res, mapper, HttpStatus.BAD_REQUEST, "invalid-path",
                "The request path is not one this service accepts (encoded dots, slashes, semicolons or control characters).");
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

    /**
     * Spring Security's own observations are off: they wrap every filter of the chain in an
     * observation on every request, nothing here reads them, and the HTTP request metrics
     * ({@code http.server.requests}) are kept.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletResponse response, ObjectMapper mapper, HttpStatus status, String type, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Problems.of(status, type, status.getReasonPhrase(), detail,
                List.of(new FieldError(status == HttpStatus.BAD_REQUEST ? "path" : "Authorization", detail))));
    }
}
