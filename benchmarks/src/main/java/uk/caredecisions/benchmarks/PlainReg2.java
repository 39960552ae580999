package uk.caredecisions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.OutcomeDifficulty;

/**
 * Reg 2 written by hand in plain Java: the lower bound of what any engine can cost for this
 * decision. No reasons, no record, no rule set: only the determination and the outcomes not achieved.
 */
public final class PlainReg2 {

    public record Answer(String outcome, List<String> outcomesNotAchieved) {}

    private static final AdultOutcome[] OUTCOMES = AdultOutcome.values();

    public Answer decide(AdultEligibilityRequest request) {
        Map<AdultOutcome, OutcomeDifficulty> outcomes = request.outcomes() == null ? Map.of() : request.outcomes();
        List<String> notAchieved = new ArrayList<>(2);
        for (AdultOutcome outcome : OUTCOMES) {
            OutcomeDifficulty d = outcomes.get(outcome);
            // reg 2(3): any one limb makes the outcome one the adult is unable to achieve.
            if (d != null && (isTrue(d.unableWithoutAssistance()) || isTrue(d.significantPainDistressOrAnxiety())
                    || isTrue(d.endangersHealthOrSafety()) || isTrue(d.takesSignificantlyLonger()))) {
                notAchieved.add(outcome.name());
            }
        }
        TriState impairment = TriState.orUnknown(request.needsFromImpairmentOrIllness());
        TriState impact = TriState.orUnknown(request.significantImpactOnWellbeing());
        String outcome;
        // reg 2(1): the first condition not met decides; an unknown decides nothing unless every known one is met.
        if (impairment == TriState.NO || notAchieved.size() < 2 || impact == TriState.NO) {
            outcome = "NOT_ELIGIBLE";
        } else if (impairment == TriState.UNKNOWN || impact == TriState.UNKNOWN) {
            outcome = "INSUFFICIENT_INFORMATION";
        } else {
            outcome = "ELIGIBLE";
        }
        return new Answer(outcome, notAchieved);
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
    }
}
