package uk.caredecisions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.BundledRuleSet;

/** The command line counts every workbook against the limits before it builds anything. */
class CliLimitsTest {

    private static byte[] rows(int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Outcomes");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void validateRefusesAWorkbookOverTheRowLimitNamingTheSheet(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("adult-eligibility.drl.xlsx");
        Files.write(big, rows(2_001));
        StringWriter out = new StringWriter();

        int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", big.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("adult-eligibility.drl.xlsx!Outcomes").contains("2000 rows a sheet").contains("[workbook-limits]");
    }

    @Test
    void impactRefusesAnOversizedWorkbookBeforeBuildingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("adult-eligibility.drl.xlsx");
        Files.write(big, rows(2_001));
        StringWriter err = new StringWriter();

        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "scenarios", "impact",
                "--from", BundledRuleSet.tablesDir().toString(), "--scenarios", BundledRuleSet.repoRoot().resolve("test-scenarios").toString(),
                "--with", big.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("adult-eligibility.drl.xlsx!Outcomes").contains("2000 rows a sheet");
    }
}
