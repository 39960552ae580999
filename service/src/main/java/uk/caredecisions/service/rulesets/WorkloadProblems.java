package uk.caredecisions.service.rulesets;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.rulesets.WorkbookLimits;
import uk.caredecisions.service.common.Problems;

/** Workbooks over a limit (413 for size, 422 for the rest), all check slots taken (429) and checks over their budget (503). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkloadProblems {

    @ExceptionHandler(WorkbookLimits.Exceeded.class)
    ProblemDetail exceeded(WorkbookLimits.Exceeded e) {
        boolean size = e.limit() == WorkbookLimits.Limit.BYTES;
        String setting = "caredecisions.rulesets.limits." + switch (e.limit()) {
            case BYTES, UNPACKED_BYTES -> "bytes";
            default -> e.limit().name().toLowerCase(Locale.ROOT);
        };
        String where = e.sheet() == null ? e.workbook() : e.workbook() + "!" + e.sheet();
        ProblemDetail problem = Problems.of(size ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY, "workbook-too-large",
                "Workbook over a limit", e.getMessage() + " Nothing was built or changed.",
                List.of(new FieldError(where, e.getMessage() + " (" + setting + ")")));
        problem.setProperty("limit", e.limit().name());
        problem.setProperty("allowed", e.allowed());
        problem.setProperty("workbook", e.workbook());
        if (e.sheet() != null) {
            problem.setProperty("sheet", e.sheet());
        }
        return problem;
    }

    @ExceptionHandler(BoundedChecks.Busy.class)
    ProblemDetail busy(BoundedChecks.Busy e, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-checks", "Too many checks at once", e.getMessage(),
                List.of(new FieldError("$", e.getMessage())));
    }

    @ExceptionHandler(BoundedChecks.OverBudget.class)
    ProblemDetail overBudget(BoundedChecks.OverBudget e, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "check-over-budget", "Check over its time budget", e.getMessage(),
                List.of(new FieldError("$", e.getMessage())));
    }
}
