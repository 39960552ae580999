package uk.caredecisions.service.common;

import java.time.LocalDate;

/** No published rule set was in force on the requested date. */
public class NoRuleSetInForceException extends RuntimeException {
    public NoRuleSetInForceException(LocalDate asOf) {
        super("No rule set is in force on " + asOf + ".");
    }
}
