package uk.caredecisions.service.common;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in local users (HTTP Basic) with the same work whether or not the name exists: an unknown
 * name is checked against a configured user's stored password, so the refusal takes as long as a
 * wrong password for a real user. Failures are throttled per user name and per client address
 * ({@link SignInThrottle}) and each is logged with the name and address, never the password.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    /** Too many failures: answered 429 with Retry-After by the entry point. */
    static final class TooManyFailures extends AuthenticationException {
        private final Duration retryAfter;

        TooManyFailures(Duration retryAfter) {
            super("Too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final String standIn;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, ServiceProperties.Security security) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        // The same kind of stored password as the configured users, so the check costs the same.
        this.standIn = security.users().isEmpty() ? "{noop}" + UUID.randomUUID() : security.users().get(0).password();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.attempt(name, address);
        } catch (SignInThrottle.Throttled e) {
            LOG.warn("Sign-in refused without a check: too many failures for this {} (user name '{}', client {})", e.by(), printable(name), address);
            throw new TooManyFailures(e.retryAfter());
        }
        String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        UserDetails user = find(name);
        boolean matches = encoder.matches(presented, user != null ? user.getPassword() : standIn);
        if (user == null || !matches || !user.isEnabled() || !user.isAccountNonLocked()) {
            attempt.failed();
            LOG.warn("Failed sign-in: user name '{}' ({}) from client {}", printable(name), user == null ? "unknown" : "known", address);
            throw new BadCredentialsException("Bad credentials");
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private UserDetails find(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** At most 60 characters, control characters shown as '?': a user name cannot forge log lines. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return cut.chars().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
