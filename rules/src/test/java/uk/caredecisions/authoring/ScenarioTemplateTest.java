package uk.caredecisions.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.scenarios.RequestColumn;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.scenarios.ScenarioTemplate;
import uk.caredecisions.scenarios.ScenarioWorkbook;
import uk.caredecisions.scenarios.ScenarioWorkbookWriter;

/** The template workbook shipped in test-scenarios/: what the code writes, a passing example on each sheet, a drop-down on each coded column. */
class ScenarioTemplateTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    @Test
    void theShippedTemplateIsWhatTheCodeWrites() throws IOException {
        byte[] shipped = Files.readAllBytes(BundledRuleSet.repoRoot().resolve("test-scenarios").resolve(ScenarioTemplate.FILE));
        assertThat(contents(shipped)).as("test-scenarios/%s is out of date: run ScenarioTemplateFirstEdition", ScenarioTemplate.FILE)
                .isEqualTo(contents(ScenarioTemplateFirstEdition.workbook()));
    }

    @Test
    void eachDecisionHasASheetWithAnExampleRowThatPasses() throws IOException {
        byte[] shipped = Files.readAllBytes(BundledRuleSet.repoRoot().resolve("test-scenarios").resolve(ScenarioTemplate.FILE));
        List<Scenario> examples = ScenarioWorkbook.read(ScenarioTemplate.FILE, shipped);
        assertThat(examples).extracting(Scenario::decision).containsExactlyElementsOf(DecisionTypes.all().paths());
        assertThat(examples).allSatisfy(s -> assertThat(s.name()).startsWith("Example: "));
        assertThat(examples).extracting(Scenario::request).containsExactlyElementsOf(ScenarioTemplate.examples().stream().map(Scenario::request).toList());
        RunReport report = new ScenarioRunner().run(examples, BundledRuleSet.get(), Map.of());
        assertThat(report.allPassed()).as(report.toText()).isTrue();
    }

    @Test
    void everyCodedColumnHasADropDownOfItsCodesEveryColumnALabelAndTheExamplesNoJson() throws IOException {
        byte[] shipped = Files.readAllBytes(BundledRuleSet.repoRoot().resolve("test-scenarios").resolve(ScenarioTemplate.FILE));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(shipped))) {
            assertThat(RequestColumn.of(DecisionTypes.all().byPath("adult-eligibility").orElseThrow().requestType()))
                    .as("the schema's descriptions are read (from the accessor: @Schema is not a record-component annotation)")
                    .anySatisfy(column -> assertThat(column.hint()).startsWith("Over how many days"));
            for (String decision : DecisionTypes.all().paths()) {
                XSSFSheet sheet = book.getSheet(decision);
                Row names = sheet.getRow(ScenarioWorkbookWriter.HEADER_ROW);
                Row labels = sheet.getRow(ScenarioWorkbookWriter.LABEL_ROW);
                List<? extends DataValidation> validations = sheet.getDataValidations();
                Row example = sheet.getRow(ScenarioWorkbookWriter.HEADER_ROW + 1);
                assertThat(FORMAT.formatCellValue(example.getCell(column(names, "request")))).as("%s's example is typed facts, not JSON", decision).isEmpty();
                for (RequestColumn column : RequestColumn.of(DecisionTypes.all().byPath(decision).orElseThrow().requestType())) {
                    int c = column(names, column.path());
                    assertThat(c).as("%s has a column %s", decision, column.path()).isNotNegative();
                    assertThat(FORMAT.formatCellValue(labels.getCell(c))).as("%s label", column.path()).isNotBlank();
                    if (!column.hint().isBlank()) {
                        assertThat(labels.getCell(c).getCellComment()).as("%s's description as a comment", column.path()).isNotNull();
                    }
                    boolean coded = !column.codes().isEmpty() || List.of("indicators", "presentingRisks").contains(column.field());
                    if (coded) {
                        assertThat(validations).as("%s!%s has a drop-down", decision, column.path())
                                .anySatisfy(v -> assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(c));
                    }
                }
            }
            assertThat(book.getSheetVisibility(book.getSheetIndex("Lists"))).isNotEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE);
            Sheet triage = book.getSheet("triage");
            int risks = column(triage.getRow(ScenarioWorkbookWriter.HEADER_ROW), "presentingRisks");
            String formula = triage.getDataValidations().stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == risks)
                    .findFirst().orElseThrow().getValidationConstraint().getFormula1();
            assertThat(formula).startsWith("'Lists'!");
        }
    }

    private static int column(Row names, String header) {
        for (Cell cell : names) {
            if (FORMAT.formatCellValue(cell).equals(header)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /** Every sheet's name and cells as text, and its drop-downs' ranges and lists: what a trainer sees, without the file's timestamps. */
    private static List<String> contents(byte[] workbook) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                out.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(cell.getAddress() + "=" + FORMAT.formatCellValue(cell));
                    }
                }
                for (DataValidation v : ((XSSFSheet) sheet).getDataValidations()) {
                    out.add("validation " + v.getRegions().getCellRangeAddress(0).formatAsString() + " " + v.getValidationConstraint().getFormula1());
                }
            }
        }
        return out;
    }
}
