package uk.caredecisions.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.calendar.CalendarHorizon;
import uk.caredecisions.calendar.CalendarNotCoveredException;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.WorkbookEdits;

/** The safeguarding workbooks are the policy: a practice lead's edit changes answers with no Java change. */
class SafeguardingWorkbooksTest {

    private static final String THRESHOLDS = "safeguarding-thresholds.drl.xlsx";

    @Test
    void aRowAddedToTheThresholdWorkbookIsANewAcceptedIndicatorCode() throws IOException {
        Concerns insulin = Concerns.missedVisitAtHome().indicators("MISSED_INSULIN_DOSE");
        assertThatThrownBy(insulin::decide).isInstanceOf(InvalidRequestException.class);

        byte[] edited = edit(THRESHOLDS, "Indicators", sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("SG-IND-900");
            row.createCell(1).setCellValue("LOCAL-SAFEGUARDING-THRESHOLDS");
            row.createCell(2).setCellValue("MISSED_INSULIN_DOSE");
            row.createCell(3).setCellValue("NEGLECT_AND_ACTS_OF_OMISSION");
            row.createCell(4).setCellValue(3);
            row.createCell(5).setCellValue("a missed insulin dose");
        });
        RuleSet ruleSet = new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook(THRESHOLDS, edited));

        assertThat(SafeguardingTables.indicatorCodes(ruleSet)).contains("MISSED_INSULIN_DOSE");
        var d = insulin.decide(ruleSet);
        int lastRow = sheetRows(edited, "Indicators");
        assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        assertThat(d.details().thresholdLevel()).isEqualTo(3);
        assertThat(d.reasons()).anyMatch(r -> r.code().equals("INDICATOR") && r.text().equals("Indicator: a missed insulin dose (base level 3).")
                && r.source().endsWith("Indicators!A" + lastRow));
    }

    @Test
    void raisingAnIndicatorsBaseLevelTakesTheSameConcernOverTheThreshold() throws IOException {
        assertThat(Concerns.missedVisitAtHome().decide().outcome()).isEqualTo("NO_ENQUIRY");
        byte[] edited = edit(THRESHOLDS, "Indicators", sheet -> {
            for (Row row : sheet) {
                if (row.getCell(2) != null && row.getCell(2).toString().equals("MISSED_CARE_VISIT")) {
                    row.getCell(4).setCellValue(3);
                }
            }
        });
        RuleSet ruleSet = new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook(THRESHOLDS, edited));
        assertThat(Concerns.missedVisitAtHome().decide(ruleSet).outcome()).isEqualTo("S42_ENQUIRY");
    }

    @Test
    void aCellHoldingCodeIsRefusedWithItsCell() throws IOException {
        byte[] edited = edit(THRESHOLDS, "Modifiers", sheet -> sheet.getRow(sheet.getLastRowNum()).getCell(4).setCellValue("1 + Runtime.getRuntime().hashCode()"));
        assertThatThrownBy(() -> new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook(THRESHOLDS, edited)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("safeguarding-thresholds.drl.xlsx!Modifiers!E16");
    }

    @Test
    void anUnknownIndicatorIsRefusedListingTheAcceptedCodes() {
        assertThatThrownBy(() -> Concerns.missedVisitAtHome().indicators("MISSED_CARE_VISIT", "BRUISE").decide())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("indicators[1]");
                    assertThat(e.errors().get(0).message()).contains("'BRUISE' is not an indicator")
                            .contains("PRESSURE_ULCER_GRADE_3_OR_ABOVE").contains("UNEXPLAINED_BRUISING");
                });
    }

    @Test
    void anUnknownAbuseTypeIsRefusedListingTheSacTypes() {
        assertThatThrownBy(() -> Concerns.missedVisitAtHome().abuseTypes("NEGLECT").with("location", "GARDEN").decide())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("abuseTypes[0]", "location");
                    assertThat(e.errors()).anyMatch(f -> f.message().contains("NEGLECT_AND_ACTS_OF_OMISSION") && f.message().contains("SELF_NEGLECT"));
                });
    }

    @Test
    void theConcernMustSayWhenItWasReceivedAndTheThreeCriteria() {
        assertThatThrownBy(() -> Concerns.missedVisitAtHome().without("receivedAt").without("careAndSupportNeeds").decide())
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("receivedAt", "careAndSupportNeeds"));
    }

    @Test
    void deadlinesPastTheBankHolidayCalendarAreGivenWithAWarningNamingTheTableAndItsLastYear() {
        var late = Concerns.pressureUlcerInANursingHome().with("receivedAt", "2028-12-01T10:00:00Z").decide();
        assertThat(late.details().deadlines().enquiryConcludedBy()).isAfter(java.time.LocalDate.of(2028, 12, 31));
        assertThat(late.warnings()).filteredOn(w -> w.code().equals(CalendarHorizon.WARNING)).singleElement().satisfies(w -> {
            assertThat(w.text()).contains("calendar.drl.xlsx!BankHolidays").contains("only to 2028");
            assertThat(w.source()).startsWith("calendar.drl.xlsx!BankHolidays!");
        });
        assertThat(late.details().record()).contains("lists holidays only to 2028");

        var covered = Concerns.pressureUlcerInANursingHome().with("receivedAt", "2028-10-02T10:00:00Z").decide();
        assertThat(covered.details().deadlines().enquiryConcludedBy()).isBefore(java.time.LocalDate.of(2029, 1, 1));
        assertThat(covered.warnings()).noneMatch(w -> w.code().equals(CalendarHorizon.WARNING));
    }

    @Test
    void aCalendarWhoseSettingsSayRefuseRefusesADeadlinePastItsLastYear() {
        byte[] refusing = WorkbookEdits.set(BundledRuleSet.source().workbooks().get("calendar.drl.xlsx"), "Settings", "B9", CalendarHorizon.REFUSE);
        RuleSet ruleSet = new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook("calendar.drl.xlsx", refusing));
        assertThat(CalendarHorizon.policy(ruleSet)).isEqualTo(CalendarHorizon.REFUSE);
        assertThatThrownBy(() -> Concerns.pressureUlcerInANursingHome().with("receivedAt", "2028-12-01T10:00:00Z").decide(ruleSet))
                .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("only to 2028");
        assertThat(Concerns.pressureUlcerInANursingHome().with("receivedAt", "2028-10-02T10:00:00Z").decide(ruleSet).outcome()).isNotNull();
    }

    @Test
    void everySafeguardingWorkbookCompilesEveryRow() {
        RuleSet ruleSet = BundledRuleSet.get();
        for (String table : List.of(SafeguardingTables.INDICATORS, SafeguardingTables.MODIFIERS, SafeguardingTables.LEVELS,
                SafeguardingTables.SETTINGS, SafeguardingTables.OTHER_ENQUIRY, SafeguardingTables.URGENCY, SafeguardingTables.ACTIONS,
                SafeguardingTables.ROUTES, SafeguardingTables.WORDING, SafeguardingTables.TIMESCALES)) {
            var t = ruleSet.table(table).orElseThrow(() -> new AssertionError("no table " + table));
            assertThat(t.rows()).as(table).isNotEmpty();
            long compiled = ruleSet.kieBase(SafeguardingTables.PACKAGE).getKiePackage(SafeguardingTables.PACKAGE).getRules().stream()
                    .filter(r -> t.rows().stream().anyMatch(row -> row.id().equals(r.getName()))).count();
            long readOnce = t.rows().stream().filter(row -> ruleSet.data().rows().contains(row.id())).count();
            assertThat(compiled + readOnce).as("rules compiled from " + table + ", or read once").isEqualTo(t.rows().size());
            long everyRow = BundledRuleSet.everyRowARule().kieBase(SafeguardingTables.PACKAGE).getKiePackage(SafeguardingTables.PACKAGE).getRules().stream()
                    .filter(r -> t.rows().stream().anyMatch(row -> row.id().equals(r.getName()))).count();
            assertThat(everyRow).as("rules compiled from " + table + " when every row is a rule").isEqualTo(t.rows().size());
        }
        assertThat(SafeguardingTables.indicatorCodes(ruleSet)).hasSize(32);
    }

    private static byte[] edit(String workbook, String sheetName, Consumer<XSSFSheet> change) throws IOException {
        byte[] original = BundledRuleSet.source().workbooks().get(workbook);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheet(sheetName));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int sheetRows(byte[] workbook, String sheet) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return wb.getSheet(sheet).getLastRowNum() + 1;
        }
    }
}
