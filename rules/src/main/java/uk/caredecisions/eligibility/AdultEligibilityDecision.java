package uk.caredecisions.eligibility;

import java.util.List;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.RuleSet;

/** {@code POST /v1/decisions/adult-eligibility}: reg 2. */
public final class AdultEligibilityDecision implements DecisionType<AdultEligibilityRequest> {

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    @Override public String path() { return "adult-eligibility"; }
    @Override public String type() { return Eligibility.ADULT; }
    @Override public Class<AdultEligibilityRequest> requestType() { return AdultEligibilityRequest.class; }

    @Override
    public List<FieldError> check(AdultEligibilityRequest request, RuleSet ruleSet) {
        return OutcomeDifficulty.contradictions(request.outcomes());
    }

    @Override
    public Decision<EligibilityDetails> decide(AdultEligibilityRequest request, DecisionContext context) {
        return eligibility.decideAdult(request, context);
    }
}
