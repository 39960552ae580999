package uk.caredecisions.service.console.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.console.DateFields;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.receipts.ReportCsv;
import uk.caredecisions.service.receipts.Reports;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Management information for a practice lead or an auditor: a report chosen by name for two dates,
 * counted by the same {@link Reports} bean as {@code /v1/reports/*}, as headline figures, a table and
 * a bar chart per breakdown, and the same report as CSV (the API's needs HTTP Basic, which a
 * signed-in browser does not send).
 */
@Controller
class ReportPages {

    /** With no dates given, the 30 days up to today, as the API's default. */
    private static final int DEFAULT_DAYS = 30;

    private final Reports reports;
    private final RuleSets ruleSets;

    ReportPages(Reports reports, RuleSets ruleSets) {
        this.reports = reports;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/console/reports")
    String reports(@RequestParam(required = false) String report,
                   @RequestParam(name = "from-day", required = false) String fromDay, @RequestParam(name = "from-month", required = false) String fromMonth,
                   @RequestParam(name = "from-year", required = false) String fromYear,
                   @RequestParam(name = "to-day", required = false) String toDay, @RequestParam(name = "to-month", required = false) String toMonth,
                   @RequestParam(name = "to-year", required = false) String toYear, Model model) {
        LocalDate today = ruleSets.today();
        FormErrors errors = new FormErrors();
        boolean asked = report != null;
        if (asked && !Reports.NAMES.contains(report)) {
            errors.add("report", "Select a report");
        }
        LocalDate from = DateFields.read("from-day", "the start date", fromDay, fromMonth, fromYear, false, errors);
        LocalDate to = DateFields.read("to-day", "the end date", toDay, toMonth, toYear, false, errors);
        boolean fromGiven = from != null || errors.has("from-day");
        boolean toGiven = to != null || errors.has("to-day");
        to = to == null ? today : to;
        from = from == null ? to.minusDays(DEFAULT_DAYS) : from;
        if (!errors.any() && from.isAfter(to)) {
            errors.add("from-day", "The start date must be the same as or before the end date");
        }
        model.addAttribute("names", Reports.NAMES);
        model.addAttribute("titles", ReportView.TITLES);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        // The boxes as typed when they were typed (to show what was wrong), else the dates the report covers.
        model.addAttribute("fromBoxes", fromGiven ? new String[] {fromDay, fromMonth, fromYear} : boxes(from));
        model.addAttribute("toBoxes", toGiven ? new String[] {toDay, toMonth, toYear} : boxes(to));
        if (asked && !errors.any()) {
            model.addAttribute("view", ReportView.of(reports.of(report, from, to, null)));
        }
        return "console/reports/reports";
    }

    @GetMapping("/console/reports/{report}.csv")
    ResponseEntity<String> csv(@PathVariable String report, @RequestParam String from, @RequestParam String to) {
        Reports.Report r = reports.of(report, date(from), date(to), null);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ReportCsv.fileName(r) + "\"").body(ReportCsv.write(r));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("There is no report for that date; the download link gives dates as 2026-11-22.");
        }
    }

    private static String[] boxes(LocalDate date) {
        return new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())};
    }
}
