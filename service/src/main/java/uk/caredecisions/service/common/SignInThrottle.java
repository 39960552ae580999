package uk.caredecisions.service.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins allowed per user name and per client address, each a Bucket4j token bucket: a
 * sign-in attempt takes a token from both, a successful one gives them back, so only failures
 * use them up. Buckets are kept for the most recent names and addresses only, so guessing
 * many names cannot fill the memory.
 */
final class SignInThrottle {

    static final int REMEMBERED = 10_000;

    private final Bandwidth perUser;
    private final Bandwidth perAddress;
    private final Map<String, Bucket> users = lru();
    private final Map<String, Bucket> addresses = lru();

    SignInThrottle(ServiceProperties.SignIn settings) {
        this.perUser = Bandwidth.builder().capacity(settings.failuresPerUser())
                .refillGreedy(settings.failuresPerUser(), settings.period()).build();
        this.perAddress = Bandwidth.builder().capacity(settings.failuresPerAddress())
                .refillGreedy(settings.failuresPerAddress(), settings.period()).build();
    }

    /** An attempt that may go ahead, holding a token of each bucket until it is known whether it failed. */
    record Attempt(Bucket user, Bucket address) {
        void succeeded() {
            user.addTokens(1);
            address.addTokens(1);
        }
    }

    /** Takes a token from the user's and the address's bucket, or says how long to wait. */
    Attempt attempt(String userName, String address) throws Throttled {
        Bucket user = bucket(users, userName, perUser);
        Bucket from = bucket(addresses, address, perAddress);
        ConsumptionProbe u = user.tryConsumeAndReturnRemaining(1);
        if (!u.isConsumed()) {
            throw new Throttled(Duration.ofNanos(u.getNanosToWaitForRefill()), "user");
        }
        ConsumptionProbe a = from.tryConsumeAndReturnRemaining(1);
        if (!a.isConsumed()) {
            user.addTokens(1);
            throw new Throttled(Duration.ofNanos(a.getNanosToWaitForRefill()), "address");
        }
        return new Attempt(user, from);
    }

    /** Too many failed sign-ins; {@code by} says whether for the user name or the address. */
    static final class Throttled extends Exception {
        private final Duration wait;
        private final String by;

        Throttled(Duration wait, String by) {
            super("Too many failed sign-ins");
            this.wait = wait;
            this.by = by;
        }

        Duration retryAfter() {
            return wait;
        }

        String by() {
            return by;
        }
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Bandwidth limit) {
        String k = Optional.ofNullable(key).orElse("");
        synchronized (buckets) {
            return buckets.computeIfAbsent(k, x -> Bucket.builder().addLimit(limit).build());
        }
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
