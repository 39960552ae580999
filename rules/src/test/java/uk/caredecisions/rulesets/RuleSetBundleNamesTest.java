package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zip entries give their base name only; an entry that climbs out of the bundle is refused, not cut down. */
class RuleSetBundleNamesTest {

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(new byte[] {1});
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void foldersEitherSlashAreDropped() throws IOException {
        assertThat(RuleSetBundle.read(zip("tables/a.drl.xlsx"), "v", LocalDate.of(2026, 1, 1)).workbooks()).containsOnlyKeys("a.drl.xlsx");
        assertThat(RuleSetBundle.read(zip("tables\\b.drl.xlsx"), "v", LocalDate.of(2026, 1, 1)).workbooks()).containsOnlyKeys("b.drl.xlsx");
    }

    @Test
    void traversalIsRefusedWhicheverSlash() {
        for (String entry : new String[] {"..\\..\\x.drl.xlsx", "../x.drl.xlsx", "tables/../../x.drl.xlsx", "a\\..\\x.drl.xlsx"}) {
            assertThatThrownBy(() -> RuleSetBundle.read(zip(entry), "v", LocalDate.of(2026, 1, 1)))
                    .as(entry).isInstanceOf(RuleSetBundle.BundleException.class).hasMessageContaining("reaches outside the bundle");
        }
    }

    @Test
    void aWorkbookNameThatIsNotAPlainFileNameIsRefused() {
        assertThatThrownBy(() -> RuleSetBundle.read(zip("tables/.hidden.drl.xlsx"), "v", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RuleSetBundle.BundleException.class).hasMessageContaining("not a usable workbook name");
        assertThatThrownBy(() -> RuleSetBundle.read(zip("a b.drl.xlsx"), "v", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RuleSetBundle.BundleException.class);
    }
}
