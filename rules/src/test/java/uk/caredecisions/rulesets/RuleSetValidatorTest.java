package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Each validation finding on a deliberately broken copy of the real adult workbook, at the right
 * sheet and cell. The copies are made with POI the way Excel would save an edit.
 */
class RuleSetValidatorTest {

    private static final String ADULT = "adult-eligibility.drl.xlsx";
    private static final RuleSetValidator VALIDATOR = new RuleSetValidator();

    private static ValidationReport validateWithAdult(UnaryOperator<byte[]> edit) {
        RuleSetSource source = BundledRuleSet.source();
        return VALIDATOR.validate(source.withWorkbook(ADULT, edit.apply(source.workbooks().get(ADULT))));
    }

    private static List<String> findings(List<WorkbookProblem> problems, String check) {
        return problems.stream().filter(p -> p.check().equals(check)).map(p -> p.location() + " " + p.message()).toList();
    }

    private static ValidationReport validateWith(String workbook, UnaryOperator<byte[]> edit) {
        RuleSetSource source = BundledRuleSet.source();
        return VALIDATOR.validate(source.withWorkbook(workbook, edit.apply(source.workbooks().get(workbook))));
    }

    private static long errorsAt(ValidationReport report, String location) {
        return report.errors().stream().filter(p -> p.location().equals(location)).count();
    }

    @Test
    void theBundledWorkbooksValidateCleanWithoutWarnings() {
        ValidationReport report = VALIDATOR.validate(BundledRuleSet.source());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        // Triage cohort rows give LOW like the every-contact floor row, but each names and accepts its
        // presenting-risk code and adds its own reason: kept on purpose, and accepted so on the Notes sheet.
        assertThat(report.accepted()).hasSize(3).allSatisfy(w -> assertThat(w.toString())
                .matches("WARNING triage-priorities\\.drl\\.xlsx!Priorities!A2[234] \\[no-shadowed-rows] Row PRIORITY-1[234]0 .*"
                        + "Accepted \\(triage-priorities\\.drl\\.xlsx!Notes!A1[456]\\): It gives LOW like the every-contact floor PRIORITY-900.*"));
        assertThat(report.tables()).isGreaterThanOrEqualTo(9);
        assertThat(report.summary()).isEqualTo("Valid: rule set " + report.version() + ", 10 workbook(s), " + report.tables() + " table(s), "
                + report.rows() + " row(s): 0 error(s), 0 warning(s), 3 accepted. It compiles and every check passed.");
    }

    @Test
    void aWarningIsAcceptedOnlyByItsLineOnTheNotesSheet() {
        // Without the line accepting PRIORITY-130, its warning is back; the others stay accepted.
        ValidationReport withoutLine = validateWith("triage-priorities.drl.xlsx", b -> WorkbookEdits.set(b, "Notes", "A15", null));
        // A line accepting a warning the row does not give is itself a warning, so stale lines do not pile up.
        ValidationReport staleLine = validateWith("triage-priorities.drl.xlsx", b -> WorkbookEdits.set(b, "Notes", "A15",
                "Accepted warning: PRIORITY-010 [no-shadowed-rows] no reason"));

        assertThat(findings(withoutLine.warnings(), "no-shadowed-rows")).singleElement().asString()
                .startsWith("triage-priorities.drl.xlsx!Priorities!A23 ").contains("PRIORITY-130");
        assertThat(withoutLine.accepted()).hasSize(2);
        assertThat(findings(staleLine.warnings(), "accepted-warnings")).singleElement().asString()
                .startsWith("triage-priorities.drl.xlsx!Notes!A15 ").contains("PRIORITY-010").contains("delete the line");
        assertThat(findings(staleLine.warnings(), "no-shadowed-rows")).hasSize(1);
    }

    @Test
    void aLevelThatIsNotOnTheLevelsSheetIsAnErrorNamingTheCell() {
        String thresholds = "safeguarding-thresholds.drl.xlsx";
        ValidationReport nine = validateWith(thresholds, b -> WorkbookEdits.set(b, "Indicators", "E9", 9));
        ValidationReport nineOnTheSheet = validateWith(thresholds, b -> WorkbookEdits.addRow(WorkbookEdits.set(b, "Indicators", "E9", 9),
                "Levels", List.of("SG-LVL-9", "LOCAL-SAFEGUARDING-THRESHOLDS", 9, "YES", "beyond serious")));
        ValidationReport floor = validateWith(thresholds, b -> WorkbookEdits.set(b, "Modifiers", "F10", 5));
        ValidationReport urgency = validateWith("safeguarding-actions.drl.xlsx", b -> WorkbookEdits.set(b, "Urgency", "F13", 7));

        assertThat(nine.errors()).singleElement().asString()
                .startsWith("ERROR safeguarding-thresholds.drl.xlsx!Indicators!E9 [known-codes] ")
                .contains("is 9, which is not a level on the Levels sheet").contains("known: 0, 1, 2, 3, 4");
        assertThat(findings(nineOnTheSheet.errors(), "known-codes")).isEmpty();
        assertThat(findings(floor.errors(), "known-codes")).singleElement().asString().startsWith("safeguarding-thresholds.drl.xlsx!Modifiers!F10 ");
        assertThat(findings(urgency.errors(), "known-codes")).as("a level in another workbook is checked against the Levels sheet too")
                .singleElement().asString().startsWith("safeguarding-actions.drl.xlsx!Urgency!F13 ");
    }

    @Test
    void aNumberOutsideItsColumnsRangeIsAnErrorNamingTheCellAndTheEdgesAreAccepted() {
        String targets = "triage-targets.drl.xlsx";
        String timescales = "safeguarding-timescales.drl.xlsx";
        ValidationReport tooLong = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", 3661));
        ValidationReport longest = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", 3660));
        ValidationReport none = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", 0));
        ValidationReport shortest = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", 1));
        ValidationReport neverDue = validateWith(targets, b -> WorkbookEdits.set(b, "Targets", "F9", 0));
        ValidationReport halfADay = validateWith(targets, b -> WorkbookEdits.set(b, "Targets", "D10", 2.5));
        ValidationReport sameDay = validateWith(targets, b -> WorkbookEdits.set(b, "Targets", "D10", 0));
        ValidationReport yearAndADay = validateWith(timescales, b -> WorkbookEdits.set(b, "Timescales", "F9", 251));
        ValidationReport workingYear = validateWith(timescales, b -> WorkbookEdits.set(b, "Timescales", "F9", 250));
        ValidationReport minusOne = validateWith(timescales, b -> WorkbookEdits.set(b, "Timescales", "D9", -1));
        ValidationReport words = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", "twenty-eight"));

        assertThat(tooLong.errors()).singleElement().asString()
                .startsWith("ERROR adult-eligibility.drl.xlsx!Settings!C9 [number-ranges] Row ")
                .contains("is 3661, but it takes a whole number from 1 to 3660");
        assertThat(none.errors()).singleElement().asString().startsWith("ERROR adult-eligibility.drl.xlsx!Settings!C9 [number-ranges] ");
        assertThat(neverDue.errors()).singleElement().asString()
                .startsWith("ERROR triage-targets.drl.xlsx!Targets!F9 [number-ranges] Row TARGET-CRITICAL").contains("from 1 to 365");
        assertThat(halfADay.errors()).singleElement().asString().startsWith("ERROR triage-targets.drl.xlsx!Targets!D10 [number-ranges] ")
                .contains("is 2.5, but it takes a whole number");
        assertThat(yearAndADay.errors()).singleElement().asString().startsWith("ERROR safeguarding-timescales.drl.xlsx!Timescales!F9 [number-ranges] ");
        assertThat(minusOne.errors()).singleElement().asString().startsWith("ERROR safeguarding-timescales.drl.xlsx!Timescales!D9 [number-ranges] ");
        for (ValidationReport edge : List.of(longest, shortest, sameDay, workingYear)) {
            assertThat(findings(edge.errors(), "number-ranges")).isEmpty();
        }
        assertThat(words.errors()).as("text in a number column is the rule writer's one error, not a range error too")
                .singleElement().asString().startsWith("ERROR adult-eligibility.drl.xlsx!Settings!C9 [compiles] ");
    }

    @Test
    void aPresentingRiskTypoIsAnErrorWhereverItIsTyped() {
        // PRIORITY-080 (C17) gives RECENT_FALL medium priority; misspelt, it compiled and five worked cases fell to LOW.
        ValidationReport priorities = validateWith("triage-priorities.drl.xlsx", b -> WorkbookEdits.set(b, "Priorities", "C17", "RECENT_FALLS"));
        ValidationReport named = validateWith("triage-priorities.drl.xlsx", b -> WorkbookEdits.addRow(
                WorkbookEdits.set(b, "Priorities", "C17", "RECENT_FALLS"), "Names", List.of("RECENT_FALLS", "recent falls")));
        ValidationReport sequels = validateWith("triage-sequels.drl.xlsx", b -> WorkbookEdits.set(b, "Sequels", "C18", "RECENT_FALLS"));

        assertThat(priorities.errors()).singleElement().asString()
                .startsWith("ERROR triage-priorities.drl.xlsx!Priorities!C17 [known-codes] Row PRIORITY-080")
                .contains("RECENT_FALLS, which is not a code with its name on the Names sheet").endsWith("Did you mean RECENT_FALL?");
        assertThat(findings(named.errors(), "known-codes")).as("a new risk with its name is a new code").isEmpty();
        assertThat(sequels.errors()).singleElement().asString()
                .startsWith("ERROR triage-sequels.drl.xlsx!Sequels!C18 [known-codes] Row SEQUEL-080")
                .contains("not a presenting risk of the Priorities table").endsWith("Did you mean RECENT_FALL?");
    }

    @Test
    void aCitationKeyOutsideTheRegistryIsAnError() {
        ValidationReport unknown = validateWithAdult(b -> WorkbookEdits.set(b, "Outcomes", "B9", "EC2015-REG2-99"));

        assertThat(unknown.errors()).singleElement().asString()
                .startsWith("ERROR adult-eligibility.drl.xlsx!Outcomes!B9 [known-codes] Row ADULT-OUT-01 cites 'EC2015-REG2-99'");
    }

    @Test
    void oneMistakeGivesOneErrorAtItsCell() {
        List<WorkbookProblem> problems = List.of(
                WorkbookProblem.error("literal-cells", "a.drl.xlsx!S!C9", "first"),
                WorkbookProblem.error("compiles", "a.drl.xlsx!S!C9", "the same mistake again"),
                WorkbookProblem.error("compiles", "a.drl.xlsx!S!C10", "another cell"),
                WorkbookProblem.error("macros", "a.drl.xlsx", "about the whole workbook"),
                WorkbookProblem.error("external-links", "a.drl.xlsx", "also about the whole workbook"));

        assertThat(RuleSetValidator.onePerCell(problems, java.util.Set.of())).extracting(WorkbookProblem::message)
                .containsExactly("first", "another cell", "about the whole workbook", "also about the whole workbook");
        assertThat(RuleSetValidator.onePerCell(problems, java.util.Set.of("a.drl.xlsx!S!C10"))).extracting(WorkbookProblem::message)
                .as("no warning where there is already an error").doesNotContain("another cell");
    }

    @Test
    void aCellTryingToRunCodeIsRefusedBeforeAnyCompilerSeesIt(@TempDir Path dir) {
        Path pwned = dir.resolve("pwned");
        String attack = "\"x\" || java.lang.Runtime.getRuntime().exec(\"touch " + pwned + "\") || \"";
        RuleSetSource source = BundledRuleSet.source();
        byte[] wording = WorkbookEdits.set(source.workbooks().get(ADULT), "Wording", "C9", attack);
        byte[] settings = WorkbookEdits.set(source.workbooks().get(ADULT), "Settings", "C9", "java.lang.Runtime.getRuntime().exec(\"touch " + pwned + "\")");

        ValidationReport inSentence = VALIDATOR.validate(source.withWorkbook(ADULT, wording));
        ValidationReport inNumber = VALIDATOR.validate(source.withWorkbook(ADULT, settings));

        assertThat(findings(inSentence.errors(), "literal-cells")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Wording!C9 ").contains("quotes");
        assertThat(findings(inNumber.errors(), "literal-cells")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Settings!C9 ");
        assertThatThrownBy(() -> new RuleSetBuilder().build(source.withWorkbook(ADULT, wording)))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("has workbook errors");
        assertThat(Files.exists(pwned)).as("the injected command never ran").isFalse();
    }

    @Test
    void anImportCellSmugglingARuleIsRefusedBeforeAnyCompilerSeesIt(@TempDir Path dir) {
        // Drools writes the Import cell as "import <cell>;": without this check the rule below compiles and runs on every decision.
        Path pwned = dir.resolve("pwned");
        String attack = "uk.caredecisions.common.Finding; rule \"X\" when then java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                + pwned + "\")); end";
        RuleSetSource source = BundledRuleSet.source();
        RuleSetSource edited = source.withWorkbook(ADULT, WorkbookEdits.set(source.workbooks().get(ADULT), "Outcomes", "B2", attack));

        ValidationReport report = VALIDATOR.validate(edited);

        assertThat(findings(report.errors(), "ruleset-block")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Outcomes!B2 ");
        assertThatThrownBy(() -> new RuleSetBuilder().build(edited)).isInstanceOf(RuleSetException.class);
        assertThat(Files.exists(pwned)).isFalse();
    }

    @Test
    void droolsSheetSettingsThatAreCodeAreRefused() {
        // Below the table, after a blank row: Drools still reads the sheet's settings there.
        ValidationReport functions = validateWithAdult(b -> WorkbookEdits.set(b, "Wording", "A60", "Functions"));
        ValidationReport lowerCaseTable = validateWithAdult(b -> WorkbookEdits.set(b, "Wording", "A62", "ruletable AdultWording"));
        ValidationReport escaping = validateWithAdult(b -> WorkbookEdits.set(b, "Wording", "A3", "EscapeQuotes"));
        ValidationReport pkg = validateWithAdult(b -> WorkbookEdits.set(b, "Wording", "B1", "uk.caredecisions; rule"));

        assertThat(findings(functions.errors(), "ruleset-block")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Wording!A60 ");
        assertThat(findings(lowerCaseTable.errors(), "ruleset-block")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Wording!A62 ");
        assertThat(findings(escaping.errors(), "ruleset-block")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Wording!A3 ");
        assertThat(findings(pkg.errors(), "ruleset-block")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Wording!B1 ");
    }

    @Test
    void textInANumberColumnIsOneErrorSayingANumberIsNeeded() {
        // A code looked like a legal literal here and reached the compiler, which gave several errors for the cell;
        // now the cell check says what the column takes, once, in the rule writer's words.
        ValidationReport code = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", "TWENTY_EIGHT"));
        ValidationReport words = validateWithAdult(b -> WorkbookEdits.set(b, "Settings", "C9", "twenty eight"));

        assertThat(code.errors()).singleElement().asString()
                .isEqualTo("ERROR adult-eligibility.drl.xlsx!Settings!C9 [compiles] Row ADULT-SET-01 does not compile: 'Shortest period (days)"
                        + " over which fluctuating needs must be considered' takes a number, like 2 or 28, not 'TWENTY_EIGHT'.");
        assertThat(words.errors()).singleElement().asString().contains("takes a number").contains("'twenty eight'");
        assertThat(errorsAt(code, "adult-eligibility.drl.xlsx!Settings!C9")).isEqualTo(1);
    }

    @Test
    void aCodeOutsideTheColumnsAllowedCodesIsAnError() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.set(b, "Outcomes", "C10", "PERSONAL_HYGEINE"));

        assertThat(findings(report.errors(), "allowed-codes")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Outcomes!C10 ").contains("PERSONAL_HYGEINE");
    }

    @Test
    void aChangedTechnicalRowBreaksTheTemplate() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.set(b, "Outcomes", "C7", "party == \"adult\""));

        assertThat(findings(report.errors(), "template")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Outcomes!C7 ").contains("code row");
    }

    @Test
    void aFormulaIsRefused() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.formula(b, "Settings", "C9", "20+8"));

        assertThat(findings(report.errors(), "no-formulas")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx!Settings!C9 ");
    }

    @Test
    void anOversizedWorkbookIsRefusedUnread() {
        ValidationReport report = validateWithAdult(b -> new byte[(int) WorkbookReader.MAX_WORKBOOK_BYTES + 1]);

        assertThat(findings(report.errors(), "workbook-size")).singleElement().asString().startsWith("adult-eligibility.drl.xlsx ");
    }

    @Test
    void aRepeatedRowIdIsAnError() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.addRow(b, "Settings", List.of("ADULT-SET-01", "LOCAL-FLUCTUATING-NEEDS", 14)));

        assertThat(findings(report.errors(), "row-id-unique")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Settings!A10 ").contains("Settings!A9");
    }

    @Test
    void anOutcomeWithoutANameIsAGap() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.removeLastRow(b, "Outcomes"));

        assertThat(findings(report.errors(), "no-gaps")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Outcomes!C8 ").contains("Outcome = CARING_FOR_A_CHILD");
    }

    @Test
    void aDeterminationWithoutANextStepIsAGap() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.removeLastRow(b, "NextSteps"));

        assertThat(findings(report.errors(), "no-gaps")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!NextSteps!C8 ").contains("INSUFFICIENT_INFORMATION");
    }

    @Test
    void aMisspeltFindingCodeLeavesAGapAndARowThatCanNeverFire() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.set(b, "Wording", "B25", "ELIGABLE"));

        assertThat(findings(report.errors(), "no-gaps")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Wording!B8 ").contains("When the finding is = ELIGIBLE");
        assertThat(findings(report.warnings(), "no-unreachable-rows")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Wording!B25 ").contains("ADULT-WORD-050").contains("never fire");
    }

    @Test
    void twoNamesForOneOutcomeConflict() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.addRow(b, "Outcomes",
                List.of("ADULT-OUT-11", "EC2015-REG2-2", "NUTRITION", "eating and drinking")));

        assertThat(findings(report.errors(), "no-conflicts")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!Outcomes!D19 ").contains("ADULT-OUT-01").contains("ADULT-OUT-11")
                .contains("Outcome = NUTRITION");
    }

    @Test
    void aRowRepeatingAnotherIsADuplicate() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.addRow(b, "NextSteps",
                List.of("ADULT-NEXT-06", "CA2014-S13-3", "ELIGIBLE", "CONSIDER_HOW_TO_MEET_NEEDS")));

        assertThat(findings(report.errors(), "no-duplicates")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!NextSteps!A14 ").contains("ADULT-NEXT-01");
        assertThat(findings(report.errors(), "no-conflicts")).as("next steps collect: several may apply").isEmpty();
    }

    @Test
    void aRowAMoreGeneralRowAlreadyCoversIsShadowed() {
        // Condition left empty: applies to every determination, so the ELIGIBLE-only row adds nothing.
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.addRow(b, "NextSteps",
                List.of("ADULT-NEXT-06", "CA2014-S13-3", "", "CONSIDER_HOW_TO_MEET_NEEDS")));

        assertThat(findings(report.warnings(), "no-shadowed-rows")).filteredOn(f -> f.startsWith("adult-eligibility")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!NextSteps!A9 ").contains("ADULT-NEXT-01").contains("ADULT-NEXT-06");
    }

    @Test
    void aRowWithoutAResultIsAnError() {
        ValidationReport report = validateWithAdult(b -> WorkbookEdits.set(b, "NextSteps", "D13", null));

        assertThat(findings(report.errors(), "rows-have-results")).singleElement().asString()
                .startsWith("adult-eligibility.drl.xlsx!NextSteps!D13 ");
    }
}
