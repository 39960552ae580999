package uk.caredecisions.service.common;

/**
 * The rule-set store (the database) cannot be reached. Decisions go on under the rule sets
 * already loaded; publishing is refused with a 503 until it is back, and nothing is half-written.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{what} cannot be reached: " and the root cause's class and first line (a host and port, never a password). */
    public static StoreUnavailableException of(String what, Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String root = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse(""));
        return new StoreUnavailableException(what + " cannot be reached: " + root, e);
    }
}
