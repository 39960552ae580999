package uk.caredecisions.eligibility;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.Label;
import uk.caredecisions.common.Wording;
import uk.caredecisions.rulesets.NumberRange;
import uk.caredecisions.rulesets.Completeness;
import uk.caredecisions.rulesets.Domain;
import uk.caredecisions.rulesets.HitPolicy;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.TableLookup;
import uk.caredecisions.rulesets.WorkbookWriter.Column;

/** The approved shape of the eligibility tables in {@code adult-eligibility.drl.xlsx} and {@code carer-eligibility.drl.xlsx}. */
public final class EligibilityTables implements TableCatalogue {

    public static final String ADULT_PACKAGE = "uk.caredecisions.eligibility.adult";
    public static final String CARER_PACKAGE = "uk.caredecisions.eligibility.carer";
    public static final List<String> IMPORTS = List.of(
            "uk.caredecisions.common.Finding", "uk.caredecisions.common.Wording", "uk.caredecisions.common.Label",
            "uk.caredecisions.common.Setting", "uk.caredecisions.eligibility.OutcomeAssessment",
            "uk.caredecisions.eligibility.Determination", "uk.caredecisions.eligibility.FluctuationPeriodPolicy",
            "uk.caredecisions.eligibility.ShortPeriodTreatment");
    static final List<String> DETERMINATIONS = Arrays.stream(EligibilityOutcome.values()).map(Enum::name).toList();

    /** The fluctuation period a case system can send is at most 3,660 days (ten years); a longer minimum could never be met. */
    @Override
    public List<NumberRange> ranges() {
        String period = "Shortest period (days) over which fluctuating needs must be considered";
        String why = "days: at least one, and no more than the 3,660 a case system can record";
        return List.of(NumberRange.of("AdultSettings", period, 1, 3660, why), NumberRange.of("CarerSettings", period, 1, 3660, why));
    }

    @Override
    public Map<String, List<Column>> tables() {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        tables.put("AdultOutcomes", outcomes("adult", Arrays.stream(AdultOutcome.values()).map(Enum::name).toList()));
        tables.put("CarerOutcomes", outcomes("carer", Arrays.stream(CarerOutcome.values()).map(Enum::name).toList()));
        tables.put("AdultWording", wording("adult"));
        tables.put("CarerWording", wording("carer"));
        tables.put("AdultNextSteps", nextSteps("adult"));
        tables.put("CarerNextSteps", nextSteps("carer"));
        tables.put("AdultSettings", settings("ADULT"));
        tables.put("CarerSettings", settings("CARER"));
        return tables;
    }

    @Override
    public String rulePackage(String table) {
        return table.startsWith("Adult") ? ADULT_PACKAGE : CARER_PACKAGE;
    }

    @Override
    public List<String> imports(String table) {
        return IMPORTS;
    }

    /** Every outcome needs a name, every determination a next step, every finding a sentence. */
    @Override
    public Map<String, Completeness> completeness() {
        Completeness names = Completeness.required("Every outcome needs its plain-English name, or reasons and records show a bare code.");
        Completeness steps = Completeness.required("Every determination needs a next step: s13 says what happens after it.");
        String sentence = "Every finding needs a sentence, or the s13 written record has a gap.";
        return Map.of("AdultOutcomes", names, "CarerOutcomes", names, "AdultNextSteps", steps, "CarerNextSteps", steps,
                "AdultWording", Completeness.required(sentence).over("When the finding is", Domain.findingCodes(ADULT_PACKAGE)),
                "CarerWording", Completeness.required(sentence).over("When the finding is", Domain.findingCodes(CARER_PACKAGE)));
    }

    /** The outcome names and the sentences: looked up by outcome and by finding, not fired. */
    @Override
    public Map<String, TableLookup> lookups() {
        return Map.of("AdultOutcomes", names("adult"), "CarerOutcomes", names("carer"),
                "AdultWording", Wording.lookup("adult"), "CarerWording", Wording.lookup("carer"));
    }

    /** As the rule of an {@link #outcomes} row: {@code $o : OutcomeAssessment(party, code)} inserts {@code new Label($o.code(), name, row)}. */
    static TableLookup names(String party) {
        return TableLookup.of(OutcomeAssessment.class, o -> o.party().equals(party) ? o.code() : null, 2, 3,
                (o, name, row) -> new Label(o.code(), name, row));
    }

    /** One name per outcome and one sentence per finding; a determination may have several next steps. */
    @Override
    public Map<String, HitPolicy> hitPolicies() {
        return Map.of("AdultOutcomes", HitPolicy.UNIQUE, "CarerOutcomes", HitPolicy.UNIQUE,
                "AdultWording", HitPolicy.UNIQUE, "CarerWording", HitPolicy.UNIQUE,
                "AdultNextSteps", HitPolicy.COLLECT, "CarerNextSteps", HitPolicy.COLLECT,
                "AdultSettings", HitPolicy.UNIQUE, "CarerSettings", HitPolicy.UNIQUE);
    }

    static List<Column> outcomes(String party, List<String> codes) {
        return List.of(Column.name(), Column.citation(),
                Column.condition("$o : OutcomeAssessment", "party == \"" + party + "\", code == \"$param\"", "Outcome", codes),
                Column.action("insert(new Label($o.code(), \"$param\", drools.getRule().getName()));", "Plain-English name in reasons and records", List.of()));
    }

    static List<Column> wording(String party) {
        return List.of(Column.name(),
                Column.condition("$f : Finding", "decision == \"" + party + "\", code == \"$param\"", "When the finding is", List.of()),
                Column.action("insert(new Wording($f, \"$param\", drools.getRule().getName()));", "Sentence in the reasons and the written record ({name} fills in a value)", List.of()));
    }

    static List<Column> nextSteps(String party) {
        return List.of(Column.name(), Column.citation(),
                Column.condition("Determination", "party == \"" + party + "\", outcome == \"$param\"", "When the determination is", DETERMINATIONS),
                Column.action("insert(Finding.nextStep(drools.getRule(), \"$param\"));", "Next step (its sentence is in the Wording sheet)", List.of()));
    }

    static List<Column> settings(String prefix) {
        return List.of(Column.name(), Column.citation(),
                Column.action("insert(new Setting(\"" + prefix + "_FLUCTUATION_MINIMUM_DAYS\", $param, drools.getRule().getName()));",
                        "Shortest period (days) over which fluctuating needs must be considered", List.of()),
                Column.action("insert(new FluctuationPeriodPolicy(ShortPeriodTreatment.$param, drools.getRule().getName()));",
                        "A shorter or unrecorded period, where it could change the determination", 
                        Arrays.stream(ShortPeriodTreatment.values()).map(Enum::name).toList()));
    }
}
