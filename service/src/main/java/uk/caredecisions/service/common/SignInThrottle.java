package uk.caredecisions.service.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins allowed per user name and per client address, each a Bucket4j token bucket: an
 * attempt goes ahead while both have a token left, and only a failure takes one from each. (A
 * token was once taken from each for every attempt and given back on success, so a case system
 * signing in on more connections at once than a user's allowance of failures was refused with a
 * 429 without a single wrong password.) Buckets are kept for the most recent names and addresses
 * only, so guessing many names cannot fill the memory.
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

    /** An attempt that may go ahead: a failure uses up a token of the user's and of the address's bucket. */
    record Attempt(Bucket user, Bucket address) {
        void failed() {
            user.tryConsume(1);
            address.tryConsume(1);
        }
    }

    /** An attempt, if the user's and the address's buckets both have a failure left, else how long to wait. */
    Attempt attempt(String userName, String address) throws Throttled {
        Bucket user = bucket(users, userName, perUser);
        Bucket from = bucket(addresses, address, perAddress);
        EstimationProbe u = user.estimateAbilityToConsume(1);
        if (!u.canBeConsumed()) {
            throw new Throttled(Duration.ofNanos(u.getNanosToWaitForRefill()), "user");
        }
        EstimationProbe a = from.estimateAbilityToConsume(1);
        if (!a.canBeConsumed()) {
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
