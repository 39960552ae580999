package uk.caredecisions.eligibility;

import java.util.List;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.RuleSet;

/** {@code POST /v1/decisions/carer-eligibility}: reg 3. */
public final class CarerEligibilityDecision implements DecisionType<CarerEligibilityRequest> {

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    @Override public String path() { return "carer-eligibility"; }
    @Override public String type() { return Eligibility.CARER; }
    @Override public Class<CarerEligibilityRequest> requestType() { return CarerEligibilityRequest.class; }

    @Override
    public List<FieldError> check(CarerEligibilityRequest request, RuleSet ruleSet) {
        return OutcomeDifficulty.contradictions(request.outcomes());
    }

    @Override
    public Decision<EligibilityDetails> decide(CarerEligibilityRequest request, DecisionContext context) {
        return eligibility.decideCarer(request, context);
    }
}
