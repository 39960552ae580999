package uk.caredecisions.safeguarding;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.RuleSet;

/** {@code POST /v1/decisions/safeguarding-concern}: Care Act 2014 s42 screening. */
public final class SafeguardingConcernDecision implements DecisionType<SafeguardingConcernRequest> {

    private final SafeguardingConcerns concerns = new SafeguardingConcerns(new DecisionEngine());

    @Override public String path() { return "safeguarding-concern"; }
    @Override public String type() { return SafeguardingConcerns.TYPE; }
    @Override public Class<SafeguardingConcernRequest> requestType() { return SafeguardingConcernRequest.class; }

    /** Indicator codes come from the rule set's threshold table. */
    @Override
    public List<FieldError> check(SafeguardingConcernRequest request, RuleSet ruleSet) {
        List<FieldError> errors = new ArrayList<>();
        List<String> accepted = SafeguardingTables.indicatorCodes(ruleSet);
        List<String> indicators = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (!accepted.contains(indicators.get(i))) {
                errors.add(new FieldError("indicators[" + i + "]", "'" + indicators.get(i)
                        + "' is not an indicator in the threshold table; use one of " + accepted + "."));
            }
        }
        Integer highest = SafeguardingTables.highestLevel(ruleSet);
        Integer judgement = request.thresholdJudgement();
        if (judgement != null && highest != null && (judgement < 0 || judgement > highest)) {
            errors.add(new FieldError("thresholdJudgement", "must be a threshold level from 0 to " + highest
                    + " (the highest level of rule set " + ruleSet.version() + "); was " + judgement + "."));
        }
        return errors;
    }

    @Override
    public Decision<SafeguardingDetails> decide(SafeguardingConcernRequest request, DecisionContext context) {
        return concerns.decide(request, context);
    }
}
