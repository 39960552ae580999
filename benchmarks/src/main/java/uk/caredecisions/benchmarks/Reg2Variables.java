package uk.caredecisions.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.OutcomeDifficulty;

/** A request as the variables of reg2-eligibility.dmn: what a DMN engine would be given. Built per call, as our facts are. */
final class Reg2Variables {

    static final String DMN = "reg2-eligibility.dmn";
    private static final AdultOutcome[] OUTCOMES = AdultOutcome.values();

    private Reg2Variables() {}

    static Map<String, Object> of(AdultEligibilityRequest request) {
        Map<AdultOutcome, OutcomeDifficulty> given = request.outcomes() == null ? Map.of() : request.outcomes();
        List<Map<String, Object>> outcomes = new ArrayList<>(OUTCOMES.length);
        for (AdultOutcome outcome : OUTCOMES) {
            OutcomeDifficulty d = given.getOrDefault(outcome, OutcomeDifficulty.NONE);
            Map<String, Object> limbs = new HashMap<>(8);
            limbs.put("unableWithoutAssistance", Boolean.TRUE.equals(d.unableWithoutAssistance()));
            limbs.put("significantPainDistressOrAnxiety", Boolean.TRUE.equals(d.significantPainDistressOrAnxiety()));
            limbs.put("endangersHealthOrSafety", Boolean.TRUE.equals(d.endangersHealthOrSafety()));
            limbs.put("takesSignificantlyLonger", Boolean.TRUE.equals(d.takesSignificantlyLonger()));
            outcomes.add(limbs);
        }
        Map<String, Object> variables = new HashMap<>(4);
        variables.put("outcomes", outcomes);
        variables.put("needsFromImpairmentOrIllness", TriState.orUnknown(request.needsFromImpairmentOrIllness()).name());
        variables.put("significantImpactOnWellbeing", TriState.orUnknown(request.significantImpactOnWellbeing()).name());
        return variables;
    }
}
