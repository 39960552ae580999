package uk.caredecisions.triage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.caredecisions.calendar.WorkingDays;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.Setting;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.Evaluation;
import uk.caredecisions.engine.Explanation;

/**
 * Front-door triage of one contact: the facts go through the real rules (the law's DRL and the
 * local triage tables) in one stateless session; what they conclude is read back here, and the
 * first-contact date is counted on the rule set's bank-holiday calendar. Nothing is rebuilt per
 * contact: the calendar and the vocabulary are cached per rule set.
 */
public final class Triage {

    public static final String TYPE = "TRIAGE";
    /** First-contact targets run from the contact's date in England. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /**
     * The presenting risk that is itself suspected abuse or neglect: where the request does not say
     * whether the adult is experiencing or at risk of abuse or neglect (s11(2)(b)), this risk says yes.
     */
    public static final String ABUSE_RISK = "SUSPECTED_ABUSE_OR_NEGLECT";

    private final DecisionEngine engine;

    public Triage(DecisionEngine engine) {
        this.engine = engine;
    }

    /** Everything a triage concluded, before it is put in an envelope or a waiting-list entry. */
    public record Result(
            Priority priority,
            LocalDate contactDate,
            LocalDate firstContactBy,
            TriageDetails.FirstContactTarget target,
            Integer keepInTouchEveryDays,
            Sequel sequel,
            List<SuggestedService> services,
            AssessmentDuty assessmentDuty,
            Advocacy advocacy,
            Boolean urgentNeedsPower,
            Explanation explanation,
            List<Finding> priorityFindings) {

        /** Why this priority, in reason order: the rows that proposed it, then the decision among them. */
        public List<Reason> priorityReasons() {
            return priorityFindings.stream().map(explanation::reason).toList();
        }
    }

    public Result triage(TriageRequest request, DecisionContext context) {
        return triage(request, context, request.contactReceivedAt().atZone(ENGLAND).toLocalDate());
    }

    /** Triage with the target counted from {@code startDate} (a waiting list counts from when the person started waiting). */
    public Result triage(TriageRequest request, DecisionContext context, LocalDate startDate) {
        Evaluation evaluation = engine.evaluate(context, TriageTables.PACKAGE, facts(request));
        TriageVocabulary vocabulary = TriageVocabulary.of(context.ruleSet());

        Priority priority = evaluation.all(TriagePriority.class).map(TriagePriority::priority).findFirst()
                .orElseThrow(() -> new IllegalStateException("No triage priority: the rule set is incomplete"));
        Setting firstContact = setting(evaluation, TriageTables.FIRST_CONTACT_DAYS);
        Setting keepInTouch = setting(evaluation, TriageTables.KEEP_IN_TOUCH_DAYS);
        DayCount unit = evaluation.all(TargetCounting.class).sorted(Comparator.comparing(TargetCounting::row))
                .map(TargetCounting::unit).findFirst().orElse(DayCount.CALENDAR_DAYS);
        TriageDetails.FirstContactTarget target = firstContact == null ? null : new TriageDetails.FirstContactTarget(firstContact.value(), unit);
        LocalDate due = target == null ? null : dueDate(context, startDate, target);
        if (due != null) {
            evaluation.all(Finding.class).filter(f -> f.code().equals("FIRST_CONTACT_TARGET")).forEach(f -> f.with("date", due));
        }

        Sequel sequel = evaluation.all(DecidedSequel.class).map(DecidedSequel::sequel).findFirst().orElse(null);
        List<SuggestedService> services = evaluation.all(ServiceSuggestion.class).map(ServiceSuggestion::service).distinct().sorted().toList();
        AssessmentDuty duty = evaluation.all(AssessmentDutyOutcome.class).map(AssessmentDutyOutcome::duty).findFirst().orElse(null);
        Advocacy advocacy = evaluation.all(AdvocacyOutcome.class).map(AdvocacyOutcome::advocacy).findFirst().orElse(null);
        Boolean urgent = evaluation.all(UrgentNeedsOutcome.class).map(UrgentNeedsOutcome::power).findFirst().orElse(null);

        List<String> riskOrder = vocabulary.risks();
        Explanation explanation = new Explanation(evaluation, vocabulary::name,
                Comparator.comparingInt((String subject) -> subject.isEmpty() ? -1 : riskOrder.indexOf(subject)));
        Set<String> topRows = evaluation.all(PriorityCandidate.class).filter(c -> c.priority() == priority)
                .map(PriorityCandidate::row).collect(java.util.stream.Collectors.toSet());
        List<Finding> priorityFindings = evaluation.all(Finding.class)
                .filter(f -> f.kind() == Finding.Kind.REASON && (f.code().equals("PRIORITY") || topRows.contains(f.rule())))
                .sorted(Comparator.comparing(Finding::rule).thenComparing(Finding::subject)).toList();
        return new Result(priority, startDate, due, target, keepInTouch == null ? null : keepInTouch.value(), sequel, services,
                duty, advocacy, urgent, explanation, priorityFindings);
    }

    /** The facts of a contact: the case with every tri-state resolved, and each presenting risk once. */
    static List<Object> facts(TriageRequest request) {
        Set<String> risks = new LinkedHashSet<>(request.presentingRisks() == null ? List.of() : request.presentingRisks());
        TriState abuse = request.abuseOrNeglect() != null ? request.abuseOrNeglect()
                : risks.contains(ABUSE_RISK) ? TriState.YES : TriState.UNKNOWN;
        if (abuse != TriState.YES && risks.contains(ABUSE_RISK)) {
            abuse = TriState.YES; // a suspicion of abuse or neglect screened at the door is not undone by the field
        }
        List<Object> facts = new ArrayList<>(risks.size() + 1);
        facts.add(new TriageCase(
                request.personType() == null ? PersonType.ADULT : request.personType(),
                request.routeOfAccess().name(),
                TriState.orUnknown(request.appearsToHaveCareAndSupportNeeds()),
                TriState.orUnknown(request.urgentNeed()),
                request.refusesAssessment() == null ? TriState.NO : request.refusesAssessment(),
                TriState.orUnknown(request.lacksCapacityToRefuse()),
                TriState.orUnknown(request.assessmentInBestInterests()),
                abuse,
                TriState.orUnknown(request.substantialDifficultyBeingInvolved()),
                TriState.orUnknown(request.appropriatePersonAvailable()),
                request.longHospitalOrCareHomeStayLikely() == null ? TriState.NO : request.longHospitalOrCareHomeStayLikely(),
                request.disagreementWithAppropriatePerson() == null ? TriState.NO : request.disagreementWithAppropriatePerson(),
                TriState.orUnknown(request.advocateInBestInterests())));
        risks.forEach(code -> facts.add(new PresentingRisk(code)));
        return facts;
    }

    private static LocalDate dueDate(DecisionContext context, LocalDate start, TriageDetails.FirstContactTarget target) {
        if (target.countedIn() == DayCount.CALENDAR_DAYS) {
            return start.plusDays(target.days());
        }
        return WorkingDays.of(context.ruleSet()).plusWorkingDays(start, target.days());
    }

    private static Setting setting(Evaluation evaluation, String name) {
        return evaluation.all(Setting.class).filter(s -> s.name().equals(name)).min(Comparator.comparing(Setting::row)).orElse(null);
    }
}
