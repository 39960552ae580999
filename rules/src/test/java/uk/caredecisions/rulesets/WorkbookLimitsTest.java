package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.BundledRuleSet;

/** Workbook limits are counted by a streaming read, on both sides of every limit, before anything is built. */
class WorkbookLimitsTest {

    private static final WorkbookLimits SMALL = new WorkbookLimits(50L * 1024 * 1024, 3, 20, 5, 180);

    /** A workbook of {@code sheets} sheets, each {@code rows} by {@code columns} numeric cells, written by streaming POI. */
    static byte[] workbook(int sheets, int rows, int columns) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = workbook.createSheet("Sheet " + (s + 1));
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        row.createCell(c).setCellValue(r + c);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void theBundledWorkbooksAreWellWithinTheDefaults() {
        RuleSetSource bundled = RuleSetSource.fromDirectory(BundledRuleSet.repoRoot().resolve("decision-tables"));

        assertThatCode(() -> WorkbookLimits.DEFAULT.check(bundled)).doesNotThrowAnyException();
        assertThat(bundled.workbooks()).hasSizeGreaterThan(5);
    }

    @Test
    void aMillionRowSheetIsRefusedAtItsFirstRowsOverTheLimit() throws IOException {
        byte[] huge = workbook(1, 1_000_000, 1);
        WorkbookLimits roomy = new WorkbookLimits(100L * 1024 * 1024, 30, 2_000, 40, 50_000);

        long started = System.nanoTime();
        assertThatThrownBy(() -> roomy.check("huge.drl.xlsx", huge))
                .isInstanceOfSatisfying(WorkbookLimits.Exceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(WorkbookLimits.Limit.ROWS);
                    assertThat(e.sheet()).isEqualTo("Sheet 1");
                    assertThat(e.getMessage()).contains("huge.drl.xlsx!Sheet 1").contains("2000 rows a sheet");
                });
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(2_000);
        assertThatThrownBy(() -> WorkbookLimits.DEFAULT.check("huge.drl.xlsx", huge))
                .isInstanceOfSatisfying(WorkbookLimits.Exceeded.class, e -> assertThat(e.limit()).isEqualTo(WorkbookLimits.Limit.BYTES));
    }

    @Test
    void rowsColumnsSheetsAndCellsOnBothSidesOfTheLimit() throws IOException {
        assertThatCode(() -> SMALL.check("ok.drl.xlsx", workbook(3, 12, 5))).doesNotThrowAnyException();
        assertThatCode(() -> SMALL.check("ok.drl.xlsx", workbook(1, 20, 3))).doesNotThrowAnyException();

        assertLimit(workbook(1, 21, 1), WorkbookLimits.Limit.ROWS, "Sheet 1");
        assertLimit(workbook(1, 2, 6), WorkbookLimits.Limit.COLUMNS, "Sheet 1");
        assertLimit(workbook(4, 1, 1), WorkbookLimits.Limit.SHEETS, null);
        assertLimit(workbook(3, 13, 5), WorkbookLimits.Limit.CELLS, "Sheet 3");
    }

    @Test
    void aSingleRowFarDownCountsAsThatManyRows() throws IOException {
        byte[] sparse;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Far").createRow(999_999).createCell(0).setCellValue(1);
            workbook.write(out);
            workbook.dispose();
            sparse = out.toByteArray();
        }
        assertLimit(sparse, WorkbookLimits.Limit.ROWS, "Far");
    }

    @Test
    void theSizeLimitIsExact() throws IOException {
        byte[] small = workbook(1, 1, 1);
        WorkbookLimits exact = new WorkbookLimits(small.length, 30, 2_000, 40, 50_000);

        assertThatCode(() -> exact.check("a.drl.xlsx", small)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new WorkbookLimits(small.length - 1, 30, 2_000, 40, 50_000).check("a.drl.xlsx", small))
                .isInstanceOfSatisfying(WorkbookLimits.Exceeded.class, e -> assertThat(e.limit()).isEqualTo(WorkbookLimits.Limit.BYTES));
    }

    @Test
    void aZipThatUnpacksFarBeyondItsSizeStopsEarly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 120; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        WorkbookLimits limits = new WorkbookLimits(2L * 1024 * 1024, 30, 2_000, 40, 50_000);

        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> limits.check("bomb.drl.xlsx", bomb))
                .isInstanceOfSatisfying(WorkbookLimits.Exceeded.class, e -> assertThat(e.limit()).isEqualTo(WorkbookLimits.Limit.UNPACKED_BYTES));
    }

    @Test
    void somethingThatIsNotAWorkbookIsLeftToTheReaderToRefuse() {
        assertThatCode(() -> WorkbookLimits.DEFAULT.check("x.drl.xlsx", "not a zip".getBytes())).doesNotThrowAnyException();
    }

    private static void assertLimit(byte[] workbook, WorkbookLimits.Limit limit, String sheet) {
        assertThatThrownBy(() -> SMALL.check("w.drl.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookLimits.Exceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(limit);
                    assertThat(e.sheet()).isEqualTo(sheet);
                    assertThat(e.workbook()).isEqualTo("w.drl.xlsx");
                });
    }
}
