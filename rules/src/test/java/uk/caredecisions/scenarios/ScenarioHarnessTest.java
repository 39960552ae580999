package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.BundledRuleSet;

/** The harness itself: failures a trainer can read, workbook scenarios, filters, JUnit XML, coverage. */
class ScenarioHarnessTest {

    private static final String WRONG = """
            name: A deliberately wrong expectation
            decision: adult-eligibility
            tags: [demo]
            narrative: Two outcomes, significant impact; the author wrongly expects not eligible.
            request:
              needsFromImpairmentOrIllness: "YES"
              outcomes: { NUTRITION: { unableWithoutAssistance: true }, TOILET_NEEDS: { unableWithoutAssistance: true } }
              significantImpactOnWellbeing: "YES"
            expect:
              outcome: NOT_ELIGIBLE
              reasons: [ONLY_ONE_OUTCOME_NOT_ACHIEVED]
              fields: { outcomesNotAchieved: [NUTRITION] }
            """;

    @Test
    void aFailureReportShowsExpectedAgainstActualAndTheReasonsWithTheirCells(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wrong.yaml"), WRONG);
        RunReport report = new ScenarioRunner().run(ScenarioLibrary.load(dir).scenarios(), BundledRuleSet.get(), Map.of());
        assertThat(report.failed()).isEqualTo(1);
        String text = report.toText();
        assertThat(text).contains("FAILED  A deliberately wrong expectation", "outcome: expected NOT_ELIGIBLE, but got ELIGIBLE",
                "reason ONLY_ONE_OUTCOME_NOT_ACHIEVED: expected present", "outcomesNotAchieved: expected [\"NUTRITION\"]",
                "Why the service decided ELIGIBLE", "[adult-eligibility.drl.xlsx!Wording!");
        String xml = JUnitXml.of(report);
        assertThat(xml).contains("<testsuite", "tests=\"1\"", "failures=\"1\"", "<failure message=\"outcome: expected NOT_ELIGIBLE, got ELIGIBLE\"");
    }

    @Test
    void aTrainersScenarioWorkbookRunsLikeYamlFiles(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Cases");
            String[] header = {"name", "decision", "tags", "narrative", "request", "outcome", "reasons", "missing"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            String[] values = {"A carer whose health is failing is eligible", "carer-eligibility", "carers, module-2", "Told aloud.",
                    "{\"providesNecessaryCare\":\"YES\",\"healthDeterioratingOrAtRisk\":\"YES\",\"significantImpactOnWellbeing\":\"YES\"}",
                    "ELIGIBLE", "HEALTH_DETERIORATING, ELIGIBLE", ""};
            for (int i = 0; i < values.length; i++) {
                r.createCell(i).setCellValue(values[i]);
            }
            book.write(out);
            Files.write(dir.resolve("module-2.scenarios.xlsx"), out.toByteArray());
        }
        ScenarioLibrary library = ScenarioLibrary.load(dir);
        assertThat(library.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("module-2.scenarios.xlsx!Cases!2");
            assertThat(s.tags()).containsExactly("carers", "module-2");
        });
        assertThat(new ScenarioRunner().run(library.scenarios(), BundledRuleSet.get(), Map.of()).allPassed()).isTrue();
    }

    @Test
    void scenariosFilterByTagAndByFile() {
        ScenarioLibrary library = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));
        assertThat(library.select(List.of("limb-trap"), null)).extracting(Scenario::id)
                .containsExactly("carer-eligibility/03-takes-longer-is-not-a-carer-limb.yaml");
        assertThat(library.select(List.of(), "carer-eligibility/")).allSatisfy(s -> assertThat(s.decision()).isEqualTo("carer-eligibility"));
    }

    @Test
    void coverageCountsRulesAndRowsAndNamesTheOnesNeverFired(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.yaml"), WRONG.replace("NOT_ELIGIBLE", "ELIGIBLE").replace("reasons: [ONLY_ONE_OUTCOME_NOT_ACHIEVED]", "")
                .replace("fields: { outcomesNotAchieved: [NUTRITION] }", ""));
        RunReport report = new ScenarioRunner().run(ScenarioLibrary.load(dir).scenarios(), BundledRuleSet.get(), Map.of("CARER-NEXT-01", "demo"));
        Coverage coverage = report.coverage();
        assertThat(coverage.lawRules().get("ADULT-030 Unable to achieve two or more of the specified outcomes")).isEqualTo(1);
        assertThat(coverage.lawRulesNeverFired()).contains("CARER-090 All three conditions met: eligible");
        assertThat(coverage.tableRows().get("ADULT-NEXT-01")).isEqualTo(1);
        assertThat(coverage.tableRowsNeverFired()).anySatisfy(u -> {
            assertThat(u.id()).isEqualTo("ADULT-NEXT-03");
            assertThat(u.source()).isEqualTo("adult-eligibility.drl.xlsx!NextSteps!A11");
        });
        assertThat(coverage.tableRowCoverage()).isBetween(0.0, 1.0);
        assertThat(report.toText()).contains("never fired: ADULT-NEXT-03", "CARER-NEXT-01", "deliberately untested: demo");
    }
}
