package uk.caredecisions.triage;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.calendar.CalendarHorizon;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.Decisions;
import uk.caredecisions.engine.RuleSet;

/** {@code POST /v1/decisions/triage}: priority, targets, sequel and the s9 / s11, s19(3) and s67 duties at first contact. */
public final class TriageDecision implements DecisionType<TriageRequest> {

    private final Triage triage = new Triage(new DecisionEngine());

    @Override public String path() { return "triage"; }
    @Override public String type() { return Triage.TYPE; }
    @Override public Class<TriageRequest> requestType() { return TriageRequest.class; }

    /** Presenting-risk codes are the TriagePriorities table's: an unknown one is refused, naming the accepted codes. */
    @Override
    public List<FieldError> check(TriageRequest request, RuleSet ruleSet) {
        return checkRisks(request, ruleSet, "");
    }

    public static List<FieldError> checkRisks(TriageRequest request, RuleSet ruleSet, String prefix) {
        if (request.presentingRisks() == null || request.presentingRisks().isEmpty()) {
            return List.of();
        }
        TriageVocabulary vocabulary = TriageVocabulary.of(ruleSet);
        List<FieldError> errors = new ArrayList<>();
        List<String> risks = request.presentingRisks();
        for (int i = 0; i < risks.size(); i++) {
            if (!vocabulary.isRisk(risks.get(i))) {
                errors.add(new FieldError(prefix + "presentingRisks[" + i + "]", "'" + risks.get(i)
                        + "' is not a presenting risk in the triage tables of rule set " + ruleSet.version() + "; use one of " + vocabulary.risks() + "."));
            }
        }
        return errors;
    }

    @Override
    public Decision<TriageDetails> decide(TriageRequest request, DecisionContext context) {
        Triage.Result r = triage.triage(request, context);
        List<Reason> calendar = r.target() != null && r.target().countedIn() == DayCount.WORKING_DAYS
                ? CalendarHorizon.check(context.ruleSet(), List.of(r.firstContactBy())) : List.of();
        return Decisions.envelope(Triage.TYPE, request.caseReference(), r.priority().name(), context, r.explanation(), calendar,
                new TriageDetails(request.routeOfAccess(), request.personType() == null ? PersonType.ADULT : request.personType(),
                        r.firstContactBy(), r.target(), r.keepInTouchEveryDays(), r.sequel(), r.services(),
                        r.assessmentDuty(), r.advocacy(), r.urgentNeedsPower()));
    }
}
