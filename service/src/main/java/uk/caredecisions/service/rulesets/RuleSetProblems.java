package uk.caredecisions.service.rulesets;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.service.common.Problems;

/** A refused rule set as a 422 problem: each problem at its cell (or scenario), plus the full validation and scenario report. */
@RestControllerAdvice(assignableTypes = RuleSetController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetProblems {

    @ExceptionHandler(SelfApprovalException.class)
    ProblemDetail selfApproval(SelfApprovalException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "self-approval", "Approval must come from another practice lead", e.getMessage(),
                List.of(new FieldError("version", e.getMessage())));
    }

    @ExceptionHandler(RuleSetRejectedException.class)
    ProblemDetail rejected(RuleSetRejectedException e) {
        var verdict = e.verdict();
        List<FieldError> errors = verdict.refusals().stream().map(p -> new FieldError(p.location(), p.message())).toList();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule-set-refused", "Rule set refused",
                "Rule set " + verdict.version() + " was not staged: " + errors.size() + " problem(s). The live rule set is unchanged.", errors);
        problem.setProperty("validation", verdict.validation());
        if (verdict.scenarios() != null) {
            problem.setProperty("scenarios", verdict.scenarios());
        }
        return problem;
    }
}
