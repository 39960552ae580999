package uk.caredecisions.service.common;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import uk.caredecisions.common.FieldError;

/** RFC 9457 problem details with the {@code errors[{field, message}]} list every client reads. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://caredecisions.uk/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        return of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
    }
}
