package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.rulesets.WorkbookLimits;

/** Scenario workbooks read as a trainer types them: facts in typed columns, JSON where wanted, every mistake at its cell. */
class ScenarioWorkbookTest {

    private static final String BOOK = "module-2.scenarios.xlsx";

    @Test
    void typedColumnsMakeTheRequestAndTheCasePasses() {
        byte[] book = workbook("adult-eligibility", List.of(
                List.of("Name: a sentence", "Impairment?", "", "", "", "", "", "", ""),
                List.of("name", "needsFromImpairmentOrIllness", "outcomes.NUTRITION.unableWithoutAssistance",
                        "outcomes.PERSONAL_HYGIENE.unableWithoutAssistance", "significantImpactOnWellbeing", "wellbeingAreasAffected",
                        "asOf", "outcome", "reasons"),
                List.of("Two outcomes and a significant impact: eligible", "yes", true, "ticked", "YES", "personal_dignity, PHYSICAL_AND_MENTAL_HEALTH",
                        LocalDate.of(2026, 11, 22), "ELIGIBLE", "OUTCOMES_NOT_ACHIEVED, ELIGIBLE")));
        Scenario s = ScenarioWorkbook.read(BOOK, book).get(0);
        assertThat(s.id()).isEqualTo(BOOK + "!adult-eligibility!3");
        assertThat(s.decision()).isEqualTo("adult-eligibility");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(s.request()).isEqualTo(json("""
                {"needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "wellbeingAreasAffected": ["PERSONAL_DIGNITY", "PHYSICAL_AND_MENTAL_HEALTH"]}"""));
        assertThat(s.expect().reasons()).containsExactly("OUTCOMES_NOT_ACHIEVED", "ELIGIBLE");
        assertThat(new ScenarioRunner().run(List.of(s), BundledRuleSet.get(), Map.of()).allPassed()).isTrue();
    }

    @Test
    void numbersTimesAndTableCodesAreTypedAndABlankCellIsLeftOut() {
        byte[] book = workbook("triage", List.of(
                List.of("name", "contactReceivedAt", "routeOfAccess", "presentingRisks", "urgentNeed", "outcome"),
                List.of("Immediate risk to life is critical", "2026-11-20T09:15:00Z", "community", "IMMEDIATE_RISK_TO_LIFE", "", "CRITICAL")));
        Scenario s = ScenarioWorkbook.read(BOOK, book).get(0);
        assertThat(s.request()).isEqualTo(json("""
                {"contactReceivedAt": "2026-11-20T09:15:00Z", "routeOfAccess": "COMMUNITY", "presentingRisks": ["IMMEDIATE_RISK_TO_LIFE"]}"""));
        assertThat(new ScenarioRunner().run(List.of(s), BundledRuleSet.get(), Map.of()).allPassed()).isTrue();
        byte[] days = workbook("carer-eligibility", List.of(List.of("name", "fluctuationPeriodConsideredDays", "outcome"), List.of("n", 28, "X")));
        assertThat(ScenarioWorkbook.read(BOOK, days).get(0).request().get("fluctuationPeriodConsideredDays").intValue()).isEqualTo(28);
    }

    @Test
    void theFirstLayoutWithARequestInJsonStillReadsAndSmartQuotesAreTolerated() {
        byte[] book = workbook("Cases", List.of(
                List.of("name", "decision", "tags", "request", "outcome", "reasons", "fields"),
                List.of("A carer whose health is failing is eligible", "carer-eligibility", "carers, module-2",
                        "{“providesNecessaryCare”: “YES”, “healthDeterioratingOrAtRisk”: “YES”, “significantImpactOnWellbeing”: “YES”}",
                        "ELIGIBLE", "HEALTH_DETERIORATING, ELIGIBLE", "{‘decisionType’: ‘carer-eligibility’}")));
        Scenario s = ScenarioWorkbook.read(BOOK, book).get(0);
        assertThat(s.id()).isEqualTo(BOOK + "!Cases!2");
        assertThat(s.tags()).containsExactly("carers", "module-2");
        assertThat(s.request().get("providesNecessaryCare").asText()).isEqualTo("YES");
        assertThat(s.expect().fields()).isEqualTo(json("{\"decisionType\": \"carer-eligibility\"}"));
    }

    @Test
    void fieldColumnsMergeWithTheRequestJsonAndAFieldGivenDifferentlyInBothIsRefusedAtItsCell() {
        List<Object> header = List.of("name", "request", "outcomes.PERSONAL_HYGIENE.unableWithoutAssistance", "needsFluctuate", "outcome");
        byte[] book = workbook("adult-eligibility", List.of(header,
                List.of("Merged", "{\"outcomes\": {\"NUTRITION\": {\"unableWithoutAssistance\": true}}, \"needsFluctuate\": \"NO\"}", "TRUE", "NO", "ELIGIBLE")));
        assertThat(ScenarioWorkbook.read(BOOK, book).get(0).request()).isEqualTo(json("""
                {"outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}}, "needsFluctuate": "NO"}"""));
        byte[] conflict = workbook("adult-eligibility", List.of(header, List.of("Both", "{\"needsFluctuate\": \"NO\"}", "", "YES", "ELIGIBLE")));
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, conflict)).isInstanceOf(ScenarioWorkbook.Problem.class)
                .hasMessageStartingWith(BOOK + "!adult-eligibility!D2: needsFluctuate is \"YES\" in this column but \"NO\" in the request JSON");
    }

    @Test
    void anUnknownColumnIsRefusedNamingItsCell() {
        byte[] book = workbook("adult-eligibility", List.of(
                List.of("Labels for people", "", "", ""),
                List.of("name", "outcome", "needsFluctuate", "needsFromImpairment"),
                List.of("x", "ELIGIBLE", "NO", "YES")));
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, book)).isInstanceOf(ScenarioWorkbook.Problem.class)
                .hasMessage(BOOK + "!adult-eligibility!D2: 'needsFromImpairment' is not a column of a scenario workbook: did you mean needsFromImpairmentOrIllness?")
                .extracting(e -> ((ScenarioWorkbook.Problem) e).where()).isEqualTo(BOOK + "!adult-eligibility!D2");
    }

    @Test
    void aColumnLikeNoneIsRefusedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("triage", List.of(List.of("name", "risk"), List.of("x", "RECENT_FALL")))))
                .hasMessageStartingWith(BOOK + "!triage!B1: 'risk' is not a column of a scenario workbook: a scenario column (name, decision,")
                .hasMessageEndingWith("or a field of the triage request, by its path");
    }

    @Test
    void aCellThatCannotBeReadIsRefusedNamingItsCell() {
        List<Object> header = List.of("name", "outcomes.NUTRITION.unableWithoutAssistance", "fluctuationPeriodConsideredDays", "needsFluctuate", "request");
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("adult-eligibility", List.of(header, List.of("x", "TRUE", "28", "YES"),
                List.of("y", "perhaps", "", "")))))
                .hasMessage(BOOK + "!adult-eligibility!B3: outcomes.NUTRITION.unableWithoutAssistance: 'perhaps' is not TRUE or FALSE (yes, no and ticked are read too)");
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("adult-eligibility", List.of(header, List.of("x", "", "four weeks", "")))))
                .hasMessage(BOOK + "!adult-eligibility!C2: fluctuationPeriodConsideredDays: 'four weeks' is not a whole number, like 28");
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("adult-eligibility", List.of(header, List.of("x", "", "", "MAYBE")))))
                .hasMessageStartingWith(BOOK + "!adult-eligibility!D2: needsFluctuate: 'MAYBE' is not one of YES, NO, UNKNOWN");
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("adult-eligibility", List.of(header, List.of("x", "", "", "", "{\"needsFluctuate\": ")))))
                .hasMessageStartingWith(BOOK + "!adult-eligibility!E2: request: not valid JSON");
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("Cases", List.of(List.of("name", "decision", "needsFluctuate"),
                List.of("x", "triage", "NO")))))
                .hasMessageStartingWith(BOOK + "!Cases!C2: 'needsFluctuate' is not a field of the triage request");
    }

    @Test
    void aTemplateSheetWithNoCasesHasNoneAndNotesSheetsAreNotRead() {
        byte[] empty = new ScenarioWorkbookWriter(BundledRuleSet.get()).write(List.of("adult-eligibility", "triage"), List.of());
        assertThat(ScenarioWorkbook.read(BOOK, empty)).isEmpty();
    }

    @Test
    void everyYamlScenarioWrittenAsAWorkbookRowReadsBackAsTheSameScenario() {
        List<Scenario> yaml = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios")).scenarios();
        List<String> decisions = yaml.stream().map(Scenario::decision).distinct().sorted().toList();
        byte[] book = new ScenarioWorkbookWriter(BundledRuleSet.get()).write(decisions, yaml);
        List<Scenario> read = ScenarioWorkbook.read(BOOK, book);
        List<Scenario> bySheet = decisions.stream().flatMap(d -> yaml.stream().filter(s -> s.decision().equals(d))).toList();
        assertThat(read).hasSameSizeAs(bySheet);
        for (int i = 0; i < read.size(); i++) {
            Scenario original = bySheet.get(i);
            Scenario row = read.get(i);
            assertThat(new Scenario(original.id(), row.name(), row.decision(), row.tags(), row.narrative(), row.citations(), row.asOf(),
                    row.request(), row.expect())).as(original.id()).isEqualTo(original);
        }
        assertThat(read).filteredOn(s -> s.decision().equals("adult-eligibility")).first()
                .satisfies(s -> assertThat(s.id()).startsWith(BOOK + "!adult-eligibility!"));
    }

    @Test
    void aWorkbookOverTheLimitsIsRefusedBeforeItIsBuiltNamingTheSheet() {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("name", "outcome"));
        for (int i = 0; i < ScenarioWorkbook.LIMITS.maxRows() + 1; i++) {
            rows.add(List.of("case " + i, "ELIGIBLE"));
        }
        assertThatThrownBy(() -> ScenarioWorkbook.read(BOOK, workbook("adult-eligibility", rows))).isInstanceOf(WorkbookLimits.Exceeded.class)
                .hasMessageStartingWith(BOOK + "!adult-eligibility has more than 2000 rows");
    }

    /** A one-sheet workbook: strings as text cells, booleans, numbers and dates as Excel's own. */
    static byte[] workbook(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof Integer n) {
                        cell.setCellValue(n);
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return ScenarioLibrary.YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
