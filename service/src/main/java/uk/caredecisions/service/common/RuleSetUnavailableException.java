package uk.caredecisions.service.common;

/**
 * The version that should decide a date could not be restored (its stored files do not match
 * their sha256, or it does not build). The service refuses rather than decide under another.
 */
public class RuleSetUnavailableException extends RuntimeException {
    public RuleSetUnavailableException(String message) {
        super(message);
    }
}
