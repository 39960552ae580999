package uk.caredecisions.engine;

import java.util.List;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.FieldError;

/**
 * One kind of decision the service makes, as the HTTP API, the batch endpoint and the scenario
 * harness all see it. Each area lists its types in
 * {@code META-INF/services/uk.caredecisions.engine.DecisionType}.
 *
 * @param <R> the request record
 */
public interface DecisionType<R extends DecisionRequest> {

    /** The path segment under {@code /v1/decisions/}: {@code adult-eligibility}. */
    String path();

    /** The {@code decisionType} in responses: {@code ADULT_ELIGIBILITY}. */
    String type();

    Class<R> requestType();

    /**
     * Checks what only the rule set can check, such as codes that a table defines. The default
     * accepts everything the request record accepts.
     */
    default List<FieldError> check(R request, RuleSet ruleSet) {
        return List.of();
    }

    Decision<?> decide(R request, DecisionContext context);
}
