package uk.caredecisions.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Label;
import uk.caredecisions.common.NextStep;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.Decisions;
import uk.caredecisions.engine.Evaluation;
import uk.caredecisions.engine.Explanation;

/** The adult (reg 2) and carer (reg 3) eligibility determinations under Care Act s13. */
public final class Eligibility {

    public static final String ADULT = "ADULT_ELIGIBILITY";
    public static final String CARER = "CARER_ELIGIBILITY";

    private final DecisionEngine engine;

    public Eligibility(DecisionEngine engine) {
        this.engine = engine;
    }

    public Decision<EligibilityDetails> decideAdult(AdultEligibilityRequest request, DecisionContext context) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AdultCase(TriState.orUnknown(request.needsFromImpairmentOrIllness()),
                TriState.orUnknown(request.significantImpactOnWellbeing()),
                request.needsFluctuate() == null ? TriState.NO : request.needsFluctuate(),
                request.fluctuationPeriodConsideredDays(),
                request.impactRoute() == null ? null : request.impactRoute().name(),
                request.wellbeingAreasAffected() == null ? List.of() : request.wellbeingAreasAffected().stream().map(Enum::name).toList()));
        Map<AdultOutcome, OutcomeDifficulty> outcomes = request.outcomes() == null ? Map.of() : request.outcomes();
        for (AdultOutcome outcome : AdultOutcome.values()) {
            facts.add(OutcomeAssessment.of("adult", outcome, outcomes.get(outcome)));
        }
        return decide(ADULT, "adult", request.caseReference(), facts, context, Outcomes::adultRank);
    }

    public Decision<EligibilityDetails> decideCarer(CarerEligibilityRequest request, DecisionContext context) {
        List<Object> facts = new ArrayList<>();
        facts.add(new CarerCase(TriState.orUnknown(request.providesNecessaryCare()),
                TriState.orUnknown(request.healthDeterioratingOrAtRisk()),
                TriState.orUnknown(request.significantImpactOnWellbeing()),
                request.needsFluctuate() == null ? TriState.NO : request.needsFluctuate(),
                request.fluctuationPeriodConsideredDays()));
        Map<CarerOutcome, OutcomeDifficulty> outcomes = request.outcomes() == null ? Map.of() : request.outcomes();
        for (CarerOutcome outcome : CarerOutcome.values()) {
            facts.add(OutcomeAssessment.of("carer", outcome, outcomes.get(outcome)));
        }
        return decide(CARER, "carer", request.caseReference(), facts, context, Outcomes::carerRank);
    }

    private Decision<EligibilityDetails> decide(String type, String party, String caseReference, List<Object> facts,
            DecisionContext context, ToIntFunction<String> outcomeRank) {
        Evaluation evaluation = engine.evaluate(context, party.equals("adult") ? EligibilityTables.ADULT_PACKAGE : EligibilityTables.CARER_PACKAGE, facts);
        Map<String, String> labels = new HashMap<>();
        evaluation.all(Label.class).forEach(l -> labels.put(l.code(), l.text()));
        Explanation explanation = new Explanation(evaluation, labels::get, Comparator.comparingInt(outcomeRank));

        Map<String, ConditionStatus> conditions = new LinkedHashMap<>();
        evaluation.all(ConditionFinding.class).filter(c -> c.party().equals(party))
                .sorted(Comparator.comparingInt(ConditionFinding::number))
                .forEach(c -> conditions.put(c.condition(), c.status()));
        List<String> notAchieved = evaluation.all(UnableToAchieve.class).filter(u -> u.party().equals(party))
                .map(UnableToAchieve::outcome).distinct().sorted(Comparator.comparingInt(outcomeRank)).toList();
        String outcome = evaluation.all(Determination.class).filter(d -> d.party().equals(party))
                .map(Determination::outcome).findFirst()
                .orElseThrow(() -> new IllegalStateException("No determination for " + type + ": the rule set is incomplete"));
        List<NextStep> nextSteps = Decisions.nextSteps(explanation);
        String record = Decisions.writtenRecord(explanation, nextSteps, context.ruleSet());
        return Decisions.envelope(type, caseReference, outcome, context, explanation,
                new EligibilityDetails(conditions, notAchieved, nextSteps, record));
    }
}
