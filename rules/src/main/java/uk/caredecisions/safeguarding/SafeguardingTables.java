package uk.caredecisions.safeguarding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.Wording;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.NumberRange;
import uk.caredecisions.rulesets.Completeness;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.HitPolicy;
import uk.caredecisions.rulesets.Reference;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.TableLookup;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookWriter.Column;

/**
 * The approved shape of the safeguarding tables in {@code safeguarding-thresholds.drl.xlsx},
 * {@code safeguarding-actions.drl.xlsx} and {@code safeguarding-timescales.drl.xlsx}: local
 * threshold guidance, urgency, proportionate other enquiries, policy actions, routes, wording and
 * timescales. The s42 duty, the adult's wishes and the actions the law requires are in
 * {@code s42-enquiry-duty.drl}.
 */
public final class SafeguardingTables implements TableCatalogue {

    public static final String PACKAGE = "uk.caredecisions.safeguarding.concern";
    public static final List<String> IMPORTS = List.of(
            "uk.caredecisions.common.Finding", "uk.caredecisions.common.Wording", "uk.caredecisions.common.Label",
            "uk.caredecisions.common.Setting", "uk.caredecisions.safeguarding.SafeguardingConcern",
            "uk.caredecisions.safeguarding.ReportedIndicator", "uk.caredecisions.safeguarding.IndicatorLevel",
            "uk.caredecisions.safeguarding.CountedAbuseType", "uk.caredecisions.safeguarding.ModifierFact",
            "uk.caredecisions.safeguarding.LevelRaise", "uk.caredecisions.safeguarding.LevelResult",
            "uk.caredecisions.safeguarding.LevelMeaning", "uk.caredecisions.safeguarding.ThresholdStatus",
            "uk.caredecisions.safeguarding.Criterion", "uk.caredecisions.safeguarding.ProportionateEnquiry",
            "uk.caredecisions.safeguarding.Screening", "uk.caredecisions.safeguarding.RouteOption",
            "uk.caredecisions.safeguarding.UrgencyOption", "uk.caredecisions.safeguarding.UrgencyDecided",
            "uk.caredecisions.safeguarding.Timescale",
            "uk.caredecisions.safeguarding.SentAbuseType", "uk.caredecisions.safeguarding.AbuseTypeLevel",
            "uk.caredecisions.safeguarding.LevelFloor");

    public static final String INDICATORS = "SafeguardingIndicators";
    public static final String ABUSE_TYPES = "SafeguardingAbuseTypes";
    public static final String MODIFIERS = "SafeguardingModifiers";
    public static final String LEVELS = "SafeguardingLevels";
    public static final String SETTINGS = "SafeguardingSettings";
    public static final String OTHER_ENQUIRY = "SafeguardingOtherEnquiry";
    public static final String URGENCY = "SafeguardingUrgency";
    public static final String ACTIONS = "SafeguardingActions";
    public static final String ROUTES = "SafeguardingRoutes";
    public static final String WORDING = "SafeguardingWording";
    public static final String TIMESCALES = "SafeguardingTimescales";
    static final String INDICATOR_LABEL = "Indicator (the code a case system sends)";
    static final String BASE_LEVEL_LABEL = "Base level (see the Levels sheet)";
    static final String TYPE_BASE_LEVEL_LABEL = "Base level when no indicator of this type is recorded (see the Levels sheet)";
    static final String FLOOR_LABEL = "On its own brings the level to at least (empty: no floor)";
    static final String URGENCY_LEVEL_LABEL = "Threshold level at least";
    static final String ACTION_LABEL = "Action (its sentence is in the Wording sheet)";
    static final String WORDING_LABEL = "When the finding is";
    static final String HIGHEST_LEVEL_LABEL = "Highest threshold level (modifiers raise a concern no higher)";

    private static final List<String> TRI = List.of("YES", "NO", "UNKNOWN");
    private static final List<String> STATUS = List.of("MET", "NOT_MET", "UNKNOWN");
    private static final List<String> YES_NO = List.of("YES", "NO");

    /** The indicator codes a rule set accepts: the Indicator column of its threshold table. */
    public static List<String> indicatorCodes(RuleSet ruleSet) {
        DecisionTable table = ruleSet.table(INDICATORS).orElse(null);
        if (table == null) {
            return List.of();
        }
        int column = table.columnIndex(INDICATOR_LABEL);
        return table.rows().stream().map((TableRow r) -> r.value(column)).filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }

    @Override
    public String rulePackage(String table) {
        return PACKAGE;
    }

    @Override
    public List<String> imports(String table) {
        return IMPORTS;
    }

    /** The highest threshold level of a rule set (its Settings table), or null when the table has none. */
    public static Integer highestLevel(RuleSet ruleSet) {
        DecisionTable table = ruleSet.table(SETTINGS).orElse(null);
        if (table == null || table.rows().isEmpty()) {
            return null;
        }
        try {
            return (int) Double.parseDouble(table.rows().get(0).value(table.columnIndex(HIGHEST_LEVEL_LABEL)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Urgency, other-enquiry and route rows each propose (the most urgent urgency wins, any other-enquiry
     * row suffices, the first route in order wins) and every matching action and modifier applies; one
     * row per indicator, level, setting, sentence and timescale.
     */
    @Override
    public Map<String, HitPolicy> hitPolicies() {
        return Map.ofEntries(Map.entry(OTHER_ENQUIRY, HitPolicy.COLLECT), Map.entry(URGENCY, HitPolicy.COLLECT),
                Map.entry(ACTIONS, HitPolicy.COLLECT), Map.entry(ROUTES, HitPolicy.COLLECT), Map.entry(MODIFIERS, HitPolicy.COLLECT),
                Map.entry(INDICATORS, HitPolicy.UNIQUE), Map.entry(ABUSE_TYPES, HitPolicy.UNIQUE), Map.entry(LEVELS, HitPolicy.UNIQUE),
                Map.entry(SETTINGS, HitPolicy.UNIQUE), Map.entry(WORDING, HitPolicy.UNIQUE), Map.entry(TIMESCALES, HitPolicy.UNIQUE));
    }

    /** Levels are small whole numbers; timescales are working days within a working year. */
    @Override
    public List<NumberRange> ranges() {
        String days = "working days, within a working year";
        return List.of(NumberRange.of(LEVELS, "Level", 0, 10, "levels run from 0 to at most 10"),
                NumberRange.of(MODIFIERS, "Raises the level by", 0, 10, "a level runs from 0 to at most 10"),
                NumberRange.of(TIMESCALES, "Threshold decision within (working days)", 0, 250, days),
                NumberRange.of(TIMESCALES, "Strategy discussion within (working days)", 0, 250, days),
                NumberRange.of(TIMESCALES, "Enquiry concluded within (working days)", 0, 250, days));
    }

    /** Every level a table gives is a row of the Levels sheet; every action has its sentence. */
    @Override
    public List<Reference> references() {
        String level = "Level";
        String where = "a level on the Levels sheet";
        return List.of(
                Reference.to(INDICATORS, BASE_LEVEL_LABEL, LEVELS, level, where),
                Reference.to(ABUSE_TYPES, TYPE_BASE_LEVEL_LABEL, LEVELS, level, where),
                Reference.to(MODIFIERS, FLOOR_LABEL, LEVELS, level, where),
                Reference.to(URGENCY, URGENCY_LEVEL_LABEL, LEVELS, level, where),
                Reference.to(SETTINGS, HIGHEST_LEVEL_LABEL, LEVELS, level, where),
                Reference.to(ACTIONS, ACTION_LABEL, WORDING, WORDING_LABEL, "a finding with a sentence on the Wording sheet"));
    }

    /** The sentences: looked up by finding, not fired. */
    @Override
    public Map<String, TableLookup> lookups() {
        return Map.of(WORDING, Wording.lookup("concern"));
    }

    /** Every SAC type needs a base level: a concern recorded only by type and harm is decided from it. */
    @Override
    public Map<String, Completeness> completeness() {
        return Map.of(ABUSE_TYPES, Completeness.required(
                "Every SAC type of abuse needs a base level, so that a concern a case system records by type and harm alone can be decided."));
    }

    @Override
    public Map<String, List<Column>> tables() {
        Map<String, List<Column>> t = new LinkedHashMap<>();
        t.put(INDICATORS, List.of(Column.name(), Column.citation(),
                Column.condition("$i : ReportedIndicator", "code == \"$param\"", INDICATOR_LABEL, List.of()),
                Column.action("insert(new CountedAbuseType(\"$param\", $i.code()));", "Counted as (SAC type of abuse)", names(AbuseType.values())),
                Column.action("insert(new IndicatorLevel($i.code(), $param, drools.getRule().getName()));", BASE_LEVEL_LABEL, List.of()),
                Column.action("insert(new Label($i.code(), \"$param\", drools.getRule().getName()));", "Plain-English name in reasons and records", List.of())));
        t.put(ABUSE_TYPES, List.of(Column.name(), Column.citation(),
                Column.condition("$t : SentAbuseType", "type == \"$param\"", "Type of abuse (SAC, as sent)", names(AbuseType.values())),
                Column.action("insert(new AbuseTypeLevel($t.type(), $param, drools.getRule().getName()));", TYPE_BASE_LEVEL_LABEL, List.of()),
                Column.action("insert(new Label($t.type(), \"$param\", drools.getRule().getName()));", "Plain-English name in reasons and records", List.of())));
        t.put(MODIFIERS, List.of(Column.name(), Column.citation(),
                Column.condition("$m : ModifierFact", "code == \"$param\"", "Circumstance", names(Modifier.values())),
                concern("sourceOfRisk", "Applies only when the source of risk is (SAC; empty: any source)", names(SourceOfRisk.values())),
                Column.action("insert(new LevelRaise($m.code(), $m.field(), $m.state(), $param, drools.getRule().getName()));", "Raises the level by", List.of()),
                Column.action("insert(new LevelFloor($m.code(), $m.field(), $m.state(), $param, drools.getRule().getName()));", FLOOR_LABEL, List.of()),
                Column.action("insert(new Label($m.code(), \"$param\", drools.getRule().getName()));", "Plain-English name in reasons and records", List.of())));
        t.put(LEVELS, List.of(Column.name(), Column.citation(),
                Column.condition("$t : LevelResult", "level == $param", "Level", List.of()),
                Column.action("insert(new LevelMeaning($t.kind(), $t.level(), \"$param\".equals(\"YES\"), drools.getRule().getName()));", "Meets the safeguarding threshold?", YES_NO),
                Column.action("insert(new Label(\"LEVEL_\" + $t.level(), \"$param\", drools.getRule().getName()));", "What the level means", List.of())));
        t.put(SETTINGS, List.of(Column.name(), Column.citation(),
                Column.action("insert(new Setting(\"SG_HIGHEST_LEVEL\", $param, drools.getRule().getName()));", HIGHEST_LEVEL_LABEL, List.of())));
        t.put(OTHER_ENQUIRY, List.of(Column.name(), Column.citation(),
                criterion("careAndSupportNeeds", "(a) Has care and support needs?"),
                criterion("abuseOrNeglect", "(b) Experiencing or at risk of abuse or neglect?"),
                criterion("unableToProtectSelf", "(c) Unable to protect themselves?"),
                concern("adultIsACarer", "The adult is a carer?", TRI),
                concern("harm", "Harm caused", names(Harm.values())),
                concern("immediateDanger", "Immediate danger?", TRI),
                concern("coercionOrDuress", "Coercion or duress?", TRI),
                Column.condition("ThresholdStatus", "status == \"$param\"", "Threshold", List.of("MET", "NOT_MET", "UNDETERMINED")),
                Column.action("insert(ProportionateEnquiry.of(drools.getRule().getName(), \"$param\", drools.getMatch().getObjects()));", "Why an enquiry is necessary and proportionate", List.of())));
        t.put(URGENCY, List.of(Column.name(), Column.citation(),
                concern("immediateDanger", "Immediate danger?", TRI),
                concern("harm", "Harm caused", names(Harm.values())),
                concern("crimeSuspected", "Crime suspected?", TRI),
                Column.condition("LevelResult", "kind == \"ACTUAL\", level >= $param", URGENCY_LEVEL_LABEL, List.of()),
                Column.action("insert(new UrgencyOption(drools.getRule().getName(), \"$param\"));", "Urgency (the most urgent matching row wins)", names(Urgency.values()))));
        t.put(ACTIONS, List.of(Column.name(), Column.citation(),
                Column.condition("Screening", "outcome == \"$param\"", "Decision", names(ScreeningOutcome.values())),
                concern("sourceOfRisk", "Source of risk (SAC)", names(SourceOfRisk.values())),
                concern("otherAdultsAtRisk", "Other adults at risk?", TRI),
                concern("substantialDifficultyBeingInvolved", "Substantial difficulty being involved?", TRI),
                concern("appropriatePersonAvailable", "Appropriate person available?", TRI),
                Column.action("insert(Finding.action(drools.getRule(), \"$param\"));", ACTION_LABEL, List.of())));
        t.put(ROUTES, List.of(Column.name(), Column.citation(),
                Column.condition("Screening", "why == \"$param\"", "Why there is no enquiry", List.of("BELOW_THRESHOLD", "CRITERIA_NOT_MET", "WISHES_RESPECTED")),
                Column.condition("ThresholdStatus", "status == \"$param\"", "Threshold", List.of("MET", "NOT_MET", "UNDETERMINED")),
                concern("sourceOfRisk", "Source of risk (SAC)", names(SourceOfRisk.values())),
                Column.condition("CountedAbuseType", "type == \"$param\"", "Type of abuse includes (SAC, sent or from an indicator)", names(AbuseType.values())),
                criterion("careAndSupportNeeds", "(a) Has care and support needs?"),
                criterion("abuseOrNeglect", "(b) Experiencing or at risk of abuse or neglect?"),
                criterion("unableToProtectSelf", "(c) Unable to protect themselves?"),
                Column.action("insert(new RouteOption(drools.getRule().getName(), \"$param\"));", "Route (the first matching row, top to bottom, wins)", names(Route.values()))));
        t.put(WORDING, List.of(Column.name(),
                Column.condition("$f : Finding", "decision == \"concern\", code == \"$param\"", WORDING_LABEL, List.of()),
                Column.action("insert(new Wording($f, \"$param\", drools.getRule().getName()));", "Sentence in the reasons and the record ({name} fills in a value)", List.of())));
        t.put(TIMESCALES, List.of(Column.name(), Column.citation(),
                Column.condition("UrgencyDecided", "code == \"$param\"", "Urgency", names(Urgency.values())),
                Column.action("insert(new Timescale(\"THRESHOLD_DECISION\", $param, drools.getRule().getName()));", "Threshold decision within (working days)", List.of()),
                Column.action("insert(new Timescale(\"STRATEGY_DISCUSSION\", $param, drools.getRule().getName()));", "Strategy discussion within (working days)", List.of()),
                Column.action("insert(new Timescale(\"ENQUIRY_CONCLUDED\", $param, drools.getRule().getName()));", "Enquiry concluded within (working days)", List.of())));
        return t;
    }

    private static Column criterion(String name, String label) {
        return Column.condition("Criterion", "name == \"" + name + "\", status == \"$param\"", label, STATUS);
    }

    private static Column concern(String field, String label, List<String> allowed) {
        return Column.condition("SafeguardingConcern", field + " == \"$param\"", label, allowed);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
