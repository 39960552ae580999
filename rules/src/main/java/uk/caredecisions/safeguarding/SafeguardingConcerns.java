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
        List<Object> facts = new ArrayList<>();
        facts.add(concern);
        facts.add(WorkingDays.of(context.ruleSet()));
        List<String> indicators = request.indicators() == null ? List.of() : request.indicators().stream().distinct().toList();
        indicators.forEach(code -> facts.add(new ReportedIndicator(code)));
        concern.abuseTypes().forEach(type -> facts.add(new CountedAbuseType(type, "abuseTypes")));
        List<ModifierFact> modifiers = modifiers(concern);
        facts.addAll(modifiers);
        facts.add(new ThresholdQuestion(ThresholdQuestion.ACTUAL));
        facts.add(new ThresholdQuestion(ThresholdQuestion.ALL));
        Set<String> unknownFields = new LinkedHashSet<>();
        if (indicators.isEmpty()) {
            unknownFields.add("indicators");
        }
        modifiers.stream().filter(ModifierFact::possible).forEach(m -> unknownFields.add(m.field()));
        unknownFields.forEach(f -> facts.add(new ThresholdQuestion(f)));

        Evaluation evaluation = engine.evaluate(context, facts);
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
        SafeguardingDetails details = new SafeguardingDetails(criteria, level, level == null ? null : labels.get("LEVEL_" + level), met,
                urgency, route, List.copyOf(actionCodes), actionDetails,
                new Deadlines(deadlines.get("THRESHOLD_DECISION"), deadlines.get("STRATEGY_DISCUSSION"), deadlines.get("ENQUIRY_CONCLUDED")),
                screening.wishesOverridden(), overriddenReason, overriddenBecause,
                List.copyOf(types), request.location(), request.sourceOfRisk(), record);
        return Decisions.envelope(TYPE, request.caseReference(), screening.outcome(), context, explanation, calendar, details);
    }

    static SafeguardingConcern concern(SafeguardingConcernRequest r) {
        return new SafeguardingConcern(
                r.receivedAt().atZone(ZONE).toLocalDate(),
                tri(r.careAndSupportNeeds()), code(r.abuseOrNeglect(), "UNKNOWN"), tri(r.unableToProtectSelf()),
                r.abuseTypes() == null ? List.of() : r.abuseTypes().stream().map(Enum::name).distinct().toList(),
                code(r.location(), ""), code(r.sourceOfRisk(), ""), code(r.harm(), "UNKNOWN"),
                tri(r.recurrent()), tri(r.otherAdultsAtRisk()), tri(r.childrenAtRisk()), tri(r.providerRemedialAction()),
                tri(r.carePlanFollowed()), tri(r.commonPerpetrator()), tri(r.crimeSuspected()), tri(r.immediateDanger()),
                tri(r.allegedAbuserInPositionOfTrust()), code(r.mentalCapacity(), "NOT_ASSESSED"), code(r.adultWishes(), "NOT_KNOWN"),
                tri(r.coercionOrDuress()), tri(r.seriousRiskToLife()), tri(r.substantialDifficultyBeingInvolved()),
                tri(r.appropriatePersonAvailable()), tri(r.adultIsACarer()));
    }

    /**
     * The circumstances present (known) or possible (unknown). Remedial action and the care plan
     * are asked of a service provider only: unknown, they count as possible only when the source
     * of risk is a provider.
     */
    static List<ModifierFact> modifiers(SafeguardingConcern c) {
        List<ModifierFact> out = new ArrayList<>();
        switch (c.harm()) {
            case "SIGNIFICANT" -> out.add(present(Modifier.HARM_SIGNIFICANT));
            case "SERIOUS" -> out.add(present(Modifier.HARM_SERIOUS));
            case "DEATH" -> out.add(present(Modifier.HARM_DEATH));
            case "UNKNOWN" -> {
                out.add(possible(Modifier.HARM_SIGNIFICANT));
                out.add(possible(Modifier.HARM_SERIOUS));
                out.add(possible(Modifier.HARM_DEATH));
            }
            default -> { }
        }
        add(out, Modifier.RECURRENT, c.recurrent(), "YES", true);
        add(out, Modifier.OTHER_ADULTS_AT_RISK, c.otherAdultsAtRisk(), "YES", true);
        boolean provider = c.sourceOfRisk().equals(SourceOfRisk.SERVICE_PROVIDER.name());
        add(out, Modifier.NO_REMEDIAL_ACTION, c.providerRemedialAction(), "NO", provider);
        add(out, Modifier.CARE_PLAN_NOT_FOLLOWED, c.carePlanFollowed(), "NO", provider);
        add(out, Modifier.COMMON_PERPETRATOR, c.commonPerpetrator(), "YES", true);
        return out;
    }

    private static void add(List<ModifierFact> out, Modifier m, String value, String raisingValue, boolean askIfUnknown) {
        if (value.equals(raisingValue)) {
            out.add(present(m));
        } else if (value.equals("UNKNOWN") && askIfUnknown) {
            out.add(possible(m));
        }
    }

    private static ModifierFact present(Modifier m) {
        return new ModifierFact(m.name(), m.field(), false);
    }

    private static ModifierFact possible(Modifier m) {
        return new ModifierFact(m.name(), m.field(), true);
    }

    private static String tri(TriState value) {
        return TriState.orUnknown(value).name();
    }

    private static String code(Enum<?> value, String otherwise) {
        return value == null ? otherwise : value.name();
    }
}
