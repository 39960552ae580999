package uk.caredecisions.eligibility;

import uk.caredecisions.common.Decision;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;

/** {@code POST /v1/decisions/carer-eligibility}: reg 3. */
public final class CarerEligibilityDecision implements DecisionType<CarerEligibilityRequest> {

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    @Override public String path() { return "carer-eligibility"; }
    @Override public String type() { return Eligibility.CARER; }
    @Override public Class<CarerEligibilityRequest> requestType() { return CarerEligibilityRequest.class; }

    @Override
    public Decision<EligibilityDetails> decide(CarerEligibilityRequest request, DecisionContext context) {
        return eligibility.decideCarer(request, context);
    }
}
