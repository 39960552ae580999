package uk.caredecisions.service.common;

import java.util.List;
import uk.caredecisions.common.FieldError;

/** The request is well formed but the service's state forbids it (say, activating a rule set that failed its gate). */
public class ConflictException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ConflictException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
