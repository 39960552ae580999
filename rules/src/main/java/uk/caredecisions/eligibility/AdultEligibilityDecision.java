package uk.caredecisions.eligibility;

import uk.caredecisions.common.Decision;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;

/** {@code POST /v1/decisions/adult-eligibility}: reg 2. */
public final class AdultEligibilityDecision implements DecisionType<AdultEligibilityRequest> {

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    @Override public String path() { return "adult-eligibility"; }
    @Override public String type() { return Eligibility.ADULT; }
    @Override public Class<AdultEligibilityRequest> requestType() { return AdultEligibilityRequest.class; }

    @Override
    public Decision<EligibilityDetails> decide(AdultEligibilityRequest request, DecisionContext context) {
        return eligibility.decideAdult(request, context);
    }
}
