package uk.caredecisions.service.common;

import java.time.Duration;

/** This replica has as much of some work in progress as it can hold: a 503, to be tried again after {@code retryAfter}. */
public class BusyException extends RuntimeException {

    private final transient Duration retryAfter;

    public BusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
