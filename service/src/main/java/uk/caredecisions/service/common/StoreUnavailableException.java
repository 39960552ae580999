package uk.caredecisions.service.common;

/**
 * The rule-set store (the database) cannot be reached. Decisions go on under the rule sets
 * already loaded; publishing is refused with a 503 until it is back, and nothing is half-written.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
