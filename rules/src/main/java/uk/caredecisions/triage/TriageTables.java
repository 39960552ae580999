package uk.caredecisions.triage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.Wording;
import uk.caredecisions.rulesets.NumberRange;
import uk.caredecisions.rulesets.Completeness;
import uk.caredecisions.rulesets.HitPolicy;
import uk.caredecisions.rulesets.Reference;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.TableLookup;
import uk.caredecisions.rulesets.WorkbookWriter.Column;

/**
 * The approved shape of the triage tables: priorities (triage-priorities.drl.xlsx), first-contact
 * targets (triage-targets.drl.xlsx), sequels and suggested services (triage-sequels.drl.xlsx), the
 * names of codes and the sentences of reasons (triage-wording.drl.xlsx). A blank condition cell
 * means "any". A row whose conditions are all blank matches in every session of the rule set (an
 * eligibility decision too), so rows only propose facts; the triage rules, which need a
 * {@link TriageCase}, turn proposals into reasons.
 */
public final class TriageTables implements TableCatalogue {

    public static final String PACKAGE = "uk.caredecisions.triage";
    public static final List<String> IMPORTS = List.of(
            "uk.caredecisions.common.Finding", "uk.caredecisions.common.Wording", "uk.caredecisions.common.Setting",
            "uk.caredecisions.triage.PresentingRisk", "uk.caredecisions.triage.TriageCase", "uk.caredecisions.triage.PersonType",
            "uk.caredecisions.triage.Priority", "uk.caredecisions.triage.PriorityCandidate", "uk.caredecisions.triage.TriagePriority",
            "uk.caredecisions.triage.DayCount", "uk.caredecisions.triage.TargetCounting", "uk.caredecisions.triage.Sequel",
            "uk.caredecisions.triage.SequelStep", "uk.caredecisions.triage.SuggestedService", "uk.caredecisions.triage.ServiceSuggestion",
            "uk.caredecisions.triage.TriageFinding");

    public static final String PRIORITIES = "TriagePriorities";
    public static final String TARGETS = "TriageTargets";
    public static final String SEQUELS = "TriageSequels";
    public static final String WORDING = "TriageWording";
    public static final String NAMES = "TriageNames";

    /** The TriagePriorities column holding the presenting-risk codes: the codes the API accepts. */
    public static final String RISK_LABEL = "Presenting risk (blank: any)";

    /** The TriagePriorities and TriageSequels column keyed on a finding of the law's rules (abuse recorded, urgent needs). */
    public static final String FINDING_LABEL = "Finding of the rules (blank: any)";

    public static final String FIRST_CONTACT_DAYS = "TRIAGE_FIRST_CONTACT_DAYS";
    public static final String KEEP_IN_TOUCH_DAYS = "TRIAGE_KEEP_IN_TOUCH_DAYS";

    @Override
    public String rulePackage(String table) {
        return table.equals(NAMES) ? null : PACKAGE;
    }

    @Override
    public List<String> imports(String table) {
        return table.equals(NAMES) ? List.of() : IMPORTS;
    }

    /** Every matching priority and sequel row proposes (the most urgent, the highest rung wins); one target per priority. */
    @Override
    public Map<String, HitPolicy> hitPolicies() {
        return Map.of(PRIORITIES, HitPolicy.COLLECT, SEQUELS, HitPolicy.COLLECT, TARGETS, HitPolicy.UNIQUE, WORDING, HitPolicy.UNIQUE);
    }

    /** The sentences: looked up by finding, not fired. */
    @Override
    public Map<String, TableLookup> lookups() {
        return Map.of(WORDING, Wording.lookup("triage"));
    }

    /** Every priority needs a target, or a contact has no first-contact date. */
    @Override
    public Map<String, Completeness> completeness() {
        return Map.of(TARGETS, Completeness.required("Every priority needs a first-contact target and a keep-in-touch interval."));
    }

    /** Contact targets are days within a year; keeping in touch every 0 days would never be due. */
    @Override
    public List<NumberRange> ranges() {
        return List.of(NumberRange.of(TARGETS, "First contact within (days)", 0, 365, "days: 0 is the same day, and at most a year"),
                NumberRange.of(TARGETS, "Keep in touch while waiting, every (days)", 1, 365, "days: at least one, and at most a year"));
    }

    /**
     * A presenting risk is a code of the Priorities table (a new row there is a new code the API accepts)
     * and needs its name in the Names table; a sequel row's risk must be one of those codes, or it never fires.
     */
    @Override
    public List<Reference> references() {
        return List.of(
                Reference.to(PRIORITIES, RISK_LABEL, NAMES, "Code", "a code with its name on the Names sheet").whereNewCodesAreAdded(),
                Reference.to(SEQUELS, RISK_LABEL, PRIORITIES, RISK_LABEL, "a presenting risk of the Priorities table (triage-priorities.drl.xlsx)"));
    }

    @Override
    public Map<String, List<Column>> tables() {
        List<String> routes = names(RouteOfAccess.values());
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        tables.put(PRIORITIES, List.of(Column.name(), Column.citation(),
                Column.condition("PresentingRisk", "code == \"$param\"", RISK_LABEL, List.of()),
                Column.condition("TriageCase", "routeOfAccess == \"$param\"", "Route of access (blank: any)", routes),
                Column.condition("TriageFinding", "code == \"$param\"", FINDING_LABEL, TriageFinding.CODES),
                Column.action("insert(PriorityCandidate.proposed(drools.getRule(), drools.getMatch().getObjects(), Priority.$param));",
                        "Priority at least", names(Priority.values()))));
        tables.put(TARGETS, List.of(Column.name(), Column.citation(),
                Column.condition("TriagePriority", "priority == Priority.$param", "Priority", names(Priority.values())),
                Column.action("insert(new Setting(\"" + FIRST_CONTACT_DAYS + "\", $param, drools.getRule().getName()));",
                        "First contact within (days)", List.of()),
                Column.action("insert(new TargetCounting(DayCount.$param, drools.getRule().getName()));",
                        "Counted in", names(DayCount.values())),
                Column.action("insert(new Setting(\"" + KEEP_IN_TOUCH_DAYS + "\", $param, drools.getRule().getName()));",
                        "Keep in touch while waiting, every (days)", List.of())));
        tables.put(SEQUELS, List.of(Column.name(), Column.citation(),
                Column.condition("PresentingRisk", "code == \"$param\"", RISK_LABEL, List.of()),
                Column.condition("TriageCase", "routeOfAccess == \"$param\"", "Route of access (blank: any)", routes),
                Column.condition("TriageCase", "personType == PersonType.$param", "Person (blank: any)", names(PersonType.values())),
                Column.condition("TriageFinding", "code == \"$param\"", FINDING_LABEL, TriageFinding.CODES),
                Column.action("insert(new SequelStep(Sequel.$param, drools.getRule().getName()));", "Sequel at least", names(Sequel.values())),
                Column.action("insert(new ServiceSuggestion(SuggestedService.$param, drools.getRule().getName()));",
                        "Suggested service", names(SuggestedService.values()))));
        tables.put(WORDING, List.of(Column.name(),
                Column.condition("$f : Finding", "decision == \"triage\", code == \"$param\"", "When the finding is", List.of()),
                Column.action("insert(new Wording($f, \"$param\", drools.getRule().getName()));",
                        "Sentence in the reasons ({name} fills in a value)", List.of())));
        tables.put(NAMES, List.of(Column.data("code", "Code"), Column.data("text", "Plain-English name in reasons")));
        return tables;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
