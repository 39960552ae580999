package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in throttling per user name and per client address (Bucket4j), the same password check for
 * unknown and known names, and a log line for each failure that never holds the password.
 */
class SignInTests {

    private static final String PASSWORD = "{noop}right-password";

    private final AtomicInteger checks = new AtomicInteger();
    /** Runs inside every password check (a test can hold sign-ins there together). */
    private volatile Runnable duringCheck = () -> {};
    private final PasswordEncoder counting = new PasswordEncoder() {
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            duringCheck.run();
            return real.matches(raw, encoded);
        }
    };
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private ThrottledSignIn signIn;

    @BeforeEach
    void setUp() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("alice").password(PASSWORD).roles("CLIENT").build(),
                User.withUsername("bob").password(PASSWORD).roles("CLIENT").build());
        ServiceProperties.Security security = new ServiceProperties.Security(true,
                List.of(new ServiceProperties.User("alice", PASSWORD, List.of("CLIENT"))), ServiceProperties.SignIn.DEFAULT);
        signIn = new ThrottledSignIn(users::loadUserByUsername, counting,
                new SignInThrottle(new ServiceProperties.SignIn(3, 5, Duration.ofMinutes(10))), security);
        log.start();
        ((Logger) LoggerFactory.getLogger(ThrottledSignIn.class)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(ThrottledSignIn.class)).detachAppender(log);
    }

    @Test
    void theRightPasswordSignsIn() {
        assertThat(signIn.authenticate(token("alice", "right-password", "10.0.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    void afterTheUsersAllowanceOfFailuresEvenTheRightPasswordIsRefusedWithAWait() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(token("alice", "guess", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(token("alice", "right-password", "10.0.0.2")))
                .isInstanceOfSatisfying(ThrottledSignIn.TooManyFailures.class, e -> assertThat(e.retryAfter()).isPositive());
        // another user is not locked out by alice's failures
        assertThat(signIn.authenticate(token("bob", "right-password", "10.0.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    void successesDoNotUseUpTheAllowance() {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn.authenticate(token("alice", "right-password", "10.0.0.1")).isAuthenticated()).isTrue();
        }
    }

    /**
     * A case system on more connections at once than a user's allowance of failures: every one of
     * its sign-ins is checked while the others are, and none is refused (under load, the 11th of 16
     * connections was once answered 429 though no password was wrong).
     */
    @Test
    void moreSignInsAtOnceThanTheAllowanceOfFailuresAreAllChecked() throws Exception {
        int atOnce = 5; // the allowance per user is 3, per address 5
        java.util.concurrent.CountDownLatch allChecking = new java.util.concurrent.CountDownLatch(atOnce);
        duringCheck = () -> {
            allChecking.countDown();
            try {
                allChecking.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(atOnce);
        try {
            List<java.util.concurrent.Future<Authentication>> signIns = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                signIns.add(pool.submit(() -> signIn.authenticate(token("alice", "right-password", "10.0.0.1"))));
            }
            for (var signInResult : signIns) {
                assertThat(signInResult.get(20, java.util.concurrent.TimeUnit.SECONDS).isAuthenticated()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allChecking.getCount()).isZero();
    }

    @Test
    void oneAddressGuessingManyNamesIsThrottledByAddress() {
        for (int i = 0; i < 5; i++) {
            String name = "guess-" + i;
            assertThatThrownBy(() -> signIn.authenticate(token(name, "x", "10.9.9.9"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(token("bob", "right-password", "10.9.9.9")))
                .isInstanceOf(ThrottledSignIn.TooManyFailures.class);
        // the same user from another address still signs in
        assertThat(signIn.authenticate(token("bob", "right-password", "10.0.0.3")).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownNameCostsTheSamePasswordCheckAsAKnownOne() {
        checks.set(0);
        assertThatThrownBy(() -> signIn.authenticate(token("nobody-here", "x", "10.0.0.4"))).isInstanceOf(BadCredentialsException.class);
        int unknown = checks.getAndSet(0);
        assertThatThrownBy(() -> signIn.authenticate(token("alice", "x", "10.0.0.4"))).isInstanceOf(BadCredentialsException.class);
        int known = checks.get();
        assertThat(unknown).isEqualTo(known).isEqualTo(1);
        assertThat(signIn.authenticate(token("alice", "right-password", "10.0.0.4"))).isNotNull();
    }

    @Test
    void eachFailureIsLoggedWithNameAndAddressNeverThePassword() {
        assertThatThrownBy(() -> signIn.authenticate(token("alice", "s3cret-Guess!", "10.0.0.5"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(token("mallory\nFAKE LINE", "an0ther-Guess", "10.0.0.5"))).isInstanceOf(BadCredentialsException.class);
        List<String> lines = new ArrayList<>();
        log.list.forEach(e -> lines.add(e.getFormattedMessage()));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("alice", "10.0.0.5", "known");
        assertThat(lines.get(1)).contains("mallory?FAKE LINE", "unknown").doesNotContain("\n");
        assertThat(String.join(" ", lines)).doesNotContain("s3cret-Guess!", "an0ther-Guess");
    }

    private static Authentication token(String name, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        HttpServletRequest request = new MockHttpServletRequest();
        ((MockHttpServletRequest) request).setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
