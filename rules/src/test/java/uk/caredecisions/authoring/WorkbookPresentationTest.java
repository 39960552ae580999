package uk.caredecisions.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.KnownCodes;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableTemplates;
import uk.caredecisions.rulesets.WorkbookReader;
import uk.caredecisions.rulesets.WorkbookWriter;
import uk.caredecisions.rulesets.WorkbookWriter.Column;
import uk.caredecisions.rulesets.WorkbookWriter.TableSheet;

/**
 * The workbooks as a practice lead meets them in Excel or LibreOffice, both as shipped in
 * {@code decision-tables/} and as {@link FirstEdition} writes them again: protected except the cells
 * they edit, columns as wide as their content, printed landscape one page wide with the question row
 * on each page, and a drop-down on every column whose codes are known.
 */
class WorkbookPresentationTest {

    private static final DataFormatter FORMAT = new DataFormatter();
    private static final int FIRST_DATA_ROW = WorkbookWriter.LABEL_ROW + 1;

    static Stream<Arguments> workbooks() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        BundledRuleSet.source().workbooks().forEach((name, bytes) -> all.put("bundled " + name, bytes));
        FirstEdition.workbooks().forEach((name, bytes) -> all.put("rewritten " + name, bytes));
        return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static List<DecisionTable> bundledTables() {
        WorkbookReader reader = new WorkbookReader();
        List<DecisionTable> tables = new ArrayList<>();
        BundledRuleSet.source().workbooks().forEach((name, bytes) -> tables.addAll(reader.read(name, bytes).tables()));
        return tables;
    }

    private static List<DecisionTable> tables(String name, byte[] bytes) {
        return new WorkbookReader().read(name.substring(name.indexOf(' ') + 1), bytes).tables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everySheetIsProtectedExceptTheCellsAPracticeLeadEdits(String name, byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getProtect()).as("%s is protected", sheet.getSheetName()).isTrue();
                assertThat(sheet.validateSheetPassword(WorkbookWriter.PASSWORD)).as("the documented password unlocks %s", sheet.getSheetName()).isTrue();
                assertThat(sheet.validateSheetPassword("password")).isFalse();
                assertThat(sheet.isFormatRowsLocked()).as("rows of %s cannot be unhidden", sheet.getSheetName()).isTrue();
                assertThat(sheet.isInsertRowsLocked()).as("rows can be added to %s", sheet.getSheetName()).isFalse();
            }
            XSSFSheet notes = book.getSheet("Notes");
            assertThat(notes.getRow(0).getCell(0).getCellStyle().getLocked()).as("the Notes column is editable").isFalse();
            assertThat(notes.getColumnStyle(0).getLocked()).isFalse();
            assertThat(notes.getColumnStyle(1).getLocked()).isTrue();

            for (DecisionTable table : tables(name, bytes)) {
                XSSFSheet sheet = book.getSheet(table.sheet());
                int width = table.columns().size();
                for (int r = 0; r <= WorkbookWriter.LABEL_ROW; r++) {
                    XSSFRow row = sheet.getRow(r);
                    for (int c = 0; row != null && c < width; c++) {
                        XSSFCell cell = row.getCell(c);
                        if (cell != null) {
                            assertThat(cell.getCellStyle().getLocked()).as("%s!%s is locked", table.sheet(), new CellReference(r, c).formatAsString()).isTrue();
                        }
                    }
                }
                for (int r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + table.rows().size(); r++) {
                    for (int c = 0; c < width; c++) {
                        assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked())
                                .as("%s!%s is editable", table.sheet(), new CellReference(r, c).formatAsString()).isFalse();
                    }
                }
                for (int c = 0; c < width; c++) {
                    assertThat(sheet.getColumnStyle(c).getLocked()).as("new rows of %s are editable in column %d", table.sheet(), c).isFalse();
                }
                assertThat(sheet.getColumnStyle(width).getLocked()).as("nothing can be typed beside %s", table.name()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void columnsFitTheirContentAndEverySheetPrintsOnePageWide(String name, byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (DecisionTable table : tables(name, bytes)) {
                XSSFSheet sheet = book.getSheet(table.sheet());
                for (TableColumn column : table.columns()) {
                    int longest = table.rows().stream().mapToInt(r -> r.value(column.index()).length()).max().orElse(0);
                    int labelWord = Stream.of(column.label().split(" ")).mapToInt(String::length).max().orElse(0);
                    // A code picked from the column's list shows whole too.
                    int longestAllowed = TableTemplates.bundled().columns(table.name()).orElseThrow().get(column.index())
                            .allowed().stream().mapToInt(String::length).max().orElse(0);
                    int chars = sheet.getColumnWidth(column.index()) / 256;
                    assertThat(chars).as("%s column '%s' shows its longest value (%d)", table.sheet(), column.label(), longest)
                            .isGreaterThanOrEqualTo(Math.min(60, longest));
                    assertThat(chars).as("%s column '%s' is no wider than its content", table.sheet(), column.label())
                            .isLessThanOrEqualTo(Math.max(8, Math.max(Math.max(longest, longestAllowed), Math.max(labelWord, 16)) + 2));
                }
                assertThat(sheet.getPrintSetup().getLandscape()).as("%s prints landscape", table.sheet()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages tall as needed").isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as("%s repeats its question row", table.sheet()).isNotNull();
                assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(WorkbookWriter.LABEL_ROW);
                assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(WorkbookWriter.LABEL_ROW);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyColumnWhoseCodesAreKnownHasADropDownOfThem(String name, byte[] bytes) throws IOException {
        KnownCodes known = KnownCodes.of(bundledTables());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (DecisionTable table : tables(name, bytes)) {
                XSSFSheet sheet = book.getSheet(table.sheet());
                for (TableColumn column : table.columns()) {
                    Optional<KnownCodes.Known> codes = known.column(table.name(), column.index(), column.label());
                    Optional<DataValidation> dropDown = sheet.getDataValidations().stream()
                            .filter(v -> v.getRegions().getCellRangeAddress(0).isInRange(FIRST_DATA_ROW, column.index()))
                            .map(v -> (DataValidation) v).findFirst();
                    if (codes.isEmpty()) {
                        assertThat(dropDown).as("%s column '%s' takes free values", table.sheet(), column.label()).isEmpty();
                        continue;
                    }
                    assertThat(dropDown).as("%s column '%s' has a drop-down", table.sheet(), column.label()).isPresent();
                    DataValidation validation = dropDown.get();
                    assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
                    assertThat(validation.getRegions().getCellRangeAddress(0).getLastRow())
                            .as("the drop-down reaches new rows").isGreaterThan(FIRST_DATA_ROW + table.rows().size() + 100);
                    assertThat(validation.getErrorStyle()).isEqualTo(codes.get().open() ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
                    assertThat(offered(book, validation.getValidationConstraint().getFormula1()))
                            .as("%s column '%s' offers %s", table.sheet(), column.label(), codes.get().what()).isEqualTo(codes.get().codes());
                }
            }
        }
    }

    @Test
    void theCodedColumnsAPracticeLeadAskedForHaveDropDowns() {
        KnownCodes known = KnownCodes.of(bundledTables());
        assertThat(known.column("SafeguardingIndicators", 4, "Base level (see the Levels sheet)")).get()
                .extracting(KnownCodes.Known::codes).isEqualTo(List.of("0", "1", "2", "3", "4"));
        assertThat(known.column("SafeguardingIndicators", 1, "Citation")).get().extracting(KnownCodes.Known::codes)
                .asList().contains("LOCAL-SAFEGUARDING-THRESHOLDS", "CA2014-S42-1");
        assertThat(known.column("TriageSequels", 2, "Presenting risk (blank: any)")).get().extracting(KnownCodes.Known::codes)
                .asList().contains("RECENT_FALL").doesNotContain("RECENT_FALLS", "PRISON");
        assertThat(known.column("TriagePriorities", 2, "Presenting risk (blank: any)")).get().extracting(KnownCodes.Known::open).isEqualTo(true);
        assertThat(known.column("SafeguardingLevels", 3, "Meets the safeguarding threshold?")).get()
                .extracting(KnownCodes.Known::codes).isEqualTo(List.of("YES", "NO"));
        assertThat(known.column("SafeguardingWording", 2, "Sentence in the reasons and the record ({name} fills in a value)")).isEmpty();
    }

    @Test
    void aOneDigitColumnIsNarrowACodeShowsWholeAndASentenceWraps() throws IOException {
        List<Column> columns = List.of(Column.name(), Column.data("integer", "Days"), Column.data("code", "Code"), Column.data("text", "Sentence"));
        String code = "A_CODE_OF_THIRTY_FIVE_CHARACTERS_XX";
        String sentence = "A sentence long enough to need wrapping in a column sixty characters wide, and then some more words.";
        byte[] bytes = new WorkbookWriter().write(List.of("Notes"), List.of(new TableSheet("T", null, List.of(), "T", columns,
                List.of(List.<Object>of("T-1", 7, code, sentence)))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheet("T");
            assertThat(sheet.getColumnWidth(1) / 256).isEqualTo(8);
            assertThat(sheet.getColumnWidth(2) / 256).isEqualTo(code.length() + 2);
            assertThat(sheet.getColumnWidth(3) / 256).isEqualTo(60);
            assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(2).getCellStyle().getWrapText()).isFalse();
            assertThat(sheet.getRow(FIRST_DATA_ROW).getHeightInPoints()).as("two lines tall").isEqualTo(30f);
            assertThat(book.getSheet(WorkbookWriter.LISTS_SHEET)).as("no drop-down, no Lists sheet").isNull();
        }
    }

    private static List<String> offered(XSSFWorkbook book, String formula) {
        AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        XSSFSheet lists = book.getSheet(area.getFirstCell().getSheetName());
        List<String> codes = new ArrayList<>();
        for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
            codes.add(FORMAT.formatCellValue(lists.getRow(r).getCell(area.getFirstCell().getCol())));
        }
        return codes;
    }
}
