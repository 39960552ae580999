package uk.caredecisions.safeguarding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.caredecisions.calendar.CalendarHorizon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.caredecisions.calendar.WorkingDays;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.Label;
import uk.caredecisions.common.NextStep;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.Decisions;
import uk.caredecisions.engine.Evaluation;
import uk.caredecisions.engine.Explanation;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableColumn;

/** Screens a safeguarding concern: the s42(1) criteria, the local threshold, the adult's wishes, urgency, actions and deadlines. */
public final class SafeguardingConcerns {

    public static final String TYPE = "SAFEGUARDING_CONCERN";
    /** The day a concern was received is the day in England, whatever zone the instant was sent in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final DecisionEngine engine;

    public SafeguardingConcerns(DecisionEngine engine) {
        this.engine = engine;
    }

    public Decision<SafeguardingDetails> decide(SafeguardingConcernRequest request, DecisionContext context) {
        SafeguardingConcern concern = concern(request);
        List<String> indicators = request.indicators() == null ? List.of() : request.indicators().stream().distinct().toList();
        Integer judgement = request.thresholdJudgement();
        RuleSet ruleSet = context.ruleSet();
        Evaluation evaluation = engine.evaluate(ruleSet, SafeguardingTables.PACKAGE, facts(concern, indicators, judgement, ruleSet, List.of()));
        List<String> open = openQuestions(concern, indicators, judgement, ruleSet, evaluation);
        if (!open.isEmpty()) {
            evaluation = engine.evaluate(ruleSet, SafeguardingTables.PACKAGE, facts(concern, indicators, judgement, ruleSet, open));
        }
        context.observer().accept(evaluation);
        Map<String, String> labels = new HashMap<>();
        evaluation.all(Label.class).forEach(l -> labels.putIfAbsent(l.code(), l.text()));
        Explanation explanation = new Explanation(evaluation, labels::get, Comparator.naturalOrder());

        Screening screening = evaluation.all(Screening.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No screening outcome: the rule set is incomplete"));
        Map<String, ConditionStatus> criteria = new LinkedHashMap<>();
        evaluation.all(Criterion.class).sorted(Comparator.comparingInt(Criterion::number))
                .forEach(c -> criteria.put(c.name(), ConditionStatus.valueOf(c.status())));
        Integer level = evaluation.all(LevelResult.class).filter(l -> l.kind().equals(ThresholdQuestion.ACTUAL))
                .map(LevelResult::level).findFirst().orElse(null);
        Boolean met = evaluation.all(ThresholdStatus.class).filter(t -> !t.hypothetical()).findFirst()
                .map(t -> switch (t.status()) { case "MET" -> Boolean.TRUE; case "NOT_MET" -> Boolean.FALSE; default -> null; })
                .orElse(null);
        Urgency urgency = evaluation.all(UrgencyDecided.class).map(u -> Urgency.valueOf(u.code())).findFirst().orElse(null);
        Route route = evaluation.all(RouteDecided.class).map(r -> Route.valueOf(r.route())).findFirst().orElse(null);

        List<NextStep> actionDetails = new ArrayList<>();
        Set<String> actionCodes = new LinkedHashSet<>();
        for (Reason r : explanation.reasons(Finding.Kind.ACTION)) {
            if (actionCodes.add(r.code())) {
                actionDetails.add(new NextStep(r.code(), r.text(), r.legalBasis(), r.source()));
            }
        }
        Map<String, LocalDate> deadlines = new HashMap<>();
        evaluation.all(Deadline.class).forEach(d -> deadlines.put(d.name(), d.date()));

        List<String> overriddenBecause = screening.wishesOverridden()
                ? evaluation.all(WishesOverride.class).sorted(Comparator.comparingInt(WishesOverride::order)).map(WishesOverride::code).distinct().toList()
                : List.of();
        String overriddenReason = screening.wishesOverridden()
                ? String.join(" ", explanation.reasons(Finding.Kind.REASON).stream().filter(r -> r.code().startsWith("OVERRIDE_")).map(Reason::text).toList())
                : null;

        Set<AbuseType> types = EnumSet.noneOf(AbuseType.class);
        evaluation.all(CountedAbuseType.class).forEach(t -> types.add(AbuseType.valueOf(t.type())));

        List<Reason> calendar = CalendarHorizon.check(context.ruleSet(), deadlines.values());
        String record = Decisions.writtenRecord(explanation, actionDetails, context.ruleSet(), calendar);
        SafeguardingDetails details = new SafeguardingDetails(criteria, level, level == null ? null : labels.get("LEVEL_" + level), met, judgement,
                urgency, route, List.copyOf(actionCodes), actionDetails,
                new Deadlines(deadlines.get("THRESHOLD_DECISION"), deadlines.get("STRATEGY_DISCUSSION"), deadlines.get("ENQUIRY_CONCLUDED")),
                screening.wishesOverridden(), overriddenReason, overriddenBecause,
                List.copyOf(types), request.location(), request.sourceOfRisk(), record);
        return Decisions.envelope(TYPE, request.caseReference(), screening.outcome(), context, explanation, calendar, details);
    }

    private static List<Object> facts(SafeguardingConcern concern, List<String> indicators, Integer judgement, RuleSet ruleSet, List<String> open) {
        List<Object> facts = new ArrayList<>();
        facts.add(concern);
        facts.add(WorkingDays.of(ruleSet));
        indicators.forEach(code -> facts.add(new ReportedIndicator(code)));
        concern.abuseTypes().forEach(type -> {
            facts.add(new CountedAbuseType(type, CountedAbuseType.SENT));
            facts.add(new SentAbuseType(type));
        });
        facts.addAll(modifiers(concern));
        facts.add(new ThresholdQuestion(ThresholdQuestion.ACTUAL));
        facts.add(new ThresholdQuestion(ThresholdQuestion.ALL));
        if (indicators.isEmpty() && concern.abuseTypes().isEmpty()) {
            facts.add(new ThresholdQuestion(Threshold.NOTHING_RECORDED));
        }
        if (judgement != null) {
            facts.add(new ThresholdJudgement(judgement));
        }
        open.forEach(field -> facts.add(new OpenQuestion(field)));
        return facts;
    }

    /**
     * The unknown facts that a condition of the OtherEnquiry table reads (a fact of the concern or
     * an s42(1) criterion) and that could make an enquiry proportionate where, as they stand, there
     * is none: each is tried at every value the table's rows use, with the same rules. Only a
     * concern decided NO_ENQUIRY is tried.
     */
    private List<String> openQuestions(SafeguardingConcern concern, List<String> indicators, Integer judgement, RuleSet ruleSet, Evaluation evaluation) {
        if (!outcome(evaluation).equals("NO_ENQUIRY")) {
            return List.of();
        }
        DecisionTable table = ruleSet.table(SafeguardingTables.OTHER_ENQUIRY).orElse(null);
        if (table == null) {
            return List.of();
        }
        List<String> open = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            String type = column.objectType() == null ? "" : column.objectType().replaceFirst("^.*:", "").trim();
            String snippet = column.snippet() == null ? "" : column.snippet().trim();
            Matcher concernField = CONCERN_FIELD.matcher(snippet);
            Matcher criterion = CRITERION_FIELD.matcher(snippet);
            String field;
            if (type.equals("SafeguardingConcern") && concernField.matches()) {
                field = concernField.group(1);
            } else if (type.equals("Criterion") && criterion.matches()) {
                field = criterion.group(1);
            } else {
                continue;
            }
            if (!"UNKNOWN".equals(concern.field(field)) || open.contains(field)) {
                continue;
            }
            int at = table.columns().indexOf(column);
            boolean couldChange = table.rows().stream().map(r -> r.value(at)).filter(v -> !v.isEmpty() && !v.equals("UNKNOWN")).distinct()
                    .map(value -> type.equals("Criterion") ? answerMeeting(field, value) : value)
                    .anyMatch(value -> ENQUIRIES.contains(outcome(engine.evaluate(ruleSet, SafeguardingTables.PACKAGE,
                            facts(concern.with(field, value), indicators, judgement, ruleSet, List.of())))));
            if (couldChange) {
                open.add(field);
            }
        }
        return open;
    }

    /** The recorded answer that gives a criterion the status a table cell names. */
    private static String answerMeeting(String field, String status) {
        if (status.equals("NOT_MET")) {
            return "NO";
        }
        return field.equals("abuseOrNeglect") ? "EXPERIENCING" : "YES";
    }

    private static final Pattern CONCERN_FIELD = Pattern.compile("(\\w+) == \"\\$param\"");
    private static final Pattern CRITERION_FIELD = Pattern.compile("name == \"(\\w+)\", status == \"\\$param\"");
    private static final Set<String> ENQUIRIES = Set.of("S42_ENQUIRY", "OTHER_ENQUIRY");

    private static String outcome(Evaluation evaluation) {
        return evaluation.all(Screening.class).map(Screening::outcome).findFirst().orElse("");
    }

    static SafeguardingConcern concern(SafeguardingConcernRequest r) {
        return new SafeguardingConcern(
                r.receivedAt().atZone(ZONE).toLocalDate(),
                tri(r.careAndSupportNeeds()), code(r.abuseOrNeglect(), "UNKNOWN"), tri(r.unableToProtectSelf()),
                r.abuseTypes() == null ? List.of() : r.abuseTypes().stream().map(Enum::name).distinct().toList(),
                code(r.location(), ""), code(r.sourceOfRisk(), ""), code(r.harm(), "UNKNOWN"),
                reported(r.recurrent()), tri(r.otherAdultsAtRisk()), tri(r.childrenAtRisk()), reported(r.providerRemedialAction()),
                reported(r.carePlanFollowed()), reported(r.commonPerpetrator()), tri(r.crimeSuspected()), tri(r.immediateDanger()),
                tri(r.allegedAbuserInPositionOfTrust()), code(r.mentalCapacity(), "NOT_ASSESSED"), code(r.adultWishes(), "NOT_KNOWN"),
                tri(r.coercionOrDuress()), tri(r.seriousRiskToLife()), tri(r.substantialDifficultyBeingInvolved()),
                tri(r.appropriatePersonAvailable()), tri(r.adultIsACarer()));
    }

    /**
     * The circumstances present (known), possible (unknown) or not reported (left out). Which of
     * them apply to which concerns (a provider's remedial action only to a provider) is the
     * Modifiers table's policy.
     */
    static List<ModifierFact> modifiers(SafeguardingConcern c) {
        List<ModifierFact> out = new ArrayList<>();
        switch (c.harm()) {
            case "SIGNIFICANT" -> out.add(fact(Modifier.HARM_SIGNIFICANT, ModifierFact.PRESENT));
            case "SERIOUS" -> out.add(fact(Modifier.HARM_SERIOUS, ModifierFact.PRESENT));
            case "DEATH" -> out.add(fact(Modifier.HARM_DEATH, ModifierFact.PRESENT));
            case "UNKNOWN" -> {
                out.add(fact(Modifier.HARM_SIGNIFICANT, ModifierFact.POSSIBLE));
                out.add(fact(Modifier.HARM_SERIOUS, ModifierFact.POSSIBLE));
                out.add(fact(Modifier.HARM_DEATH, ModifierFact.POSSIBLE));
            }
            default -> { }
        }
        add(out, Modifier.RECURRENT, c.recurrent(), "YES");
        add(out, Modifier.OTHER_ADULTS_AT_RISK, c.otherAdultsAtRisk(), "YES");
        add(out, Modifier.NO_REMEDIAL_ACTION, c.providerRemedialAction(), "NO");
        add(out, Modifier.CARE_PLAN_NOT_FOLLOWED, c.carePlanFollowed(), "NO");
        add(out, Modifier.COMMON_PERPETRATOR, c.commonPerpetrator(), "YES");
        return out;
    }

    private static void add(List<ModifierFact> out, Modifier m, String value, String raisingValue) {
        if (value.equals(raisingValue)) {
            out.add(fact(m, ModifierFact.PRESENT));
        } else if (value.equals("UNKNOWN")) {
            out.add(fact(m, ModifierFact.POSSIBLE));
        } else if (value.equals(SafeguardingConcern.NOT_REPORTED)) {
            out.add(fact(m, ModifierFact.NOT_REPORTED));
        }
    }

    private static ModifierFact fact(Modifier m, String state) {
        return new ModifierFact(m.name(), m.field(), state);
    }

    /** A circumstance that only raises a local threshold level: left out, it is not reported. */
    private static String reported(TriState value) {
        return value == null ? SafeguardingConcern.NOT_REPORTED : value.name();
    }

    private static String tri(TriState value) {
        return TriState.orUnknown(value).name();
    }

    private static String code(Enum<?> value, String otherwise) {
        return value == null ? otherwise : value.name();
    }
}
