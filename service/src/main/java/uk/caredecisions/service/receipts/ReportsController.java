package uk.caredecisions.service.receipts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.service.rulesets.RuleSets;

@RestController
@Tag(name = "Reports", description = "Management information counted from the decision receipts (practice lead, auditor)")
class ReportsController {

    static final String CSV = "text/csv";

    private final Reports reports;
    private final HistoryImpact impact;
    private final RuleSets ruleSets;

    ReportsController(Reports reports, HistoryImpact impact, RuleSets ruleSets) {
        this.reports = reports;
        this.impact = impact;
        this.ruleSets = ruleSets;
    }

    /** The dates of a report: both given or defaulted to the 30 days up to today, every bad one named. */
    record Range(LocalDate from, LocalDate to) {}

    Range range(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = date("to", to, ruleSets.today(), errors);
        LocalDate start = date("from", from, end == null ? null : end.minusDays(30), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldError("from", "from (" + start + ") is after to (" + end + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Range(start, end);
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                errors.add(new FieldError(field, "A date between 1900 and 2200, as 2026-11-22."));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "A date as 2026-11-22."));
            return null;
        }
    }

    @Operation(summary = "A management-information report (JSON)",
            description = "report: safeguarding (SAC concerns, s42 and other enquiries, the conversion rate = s42 enquiries / concerns x 100, by abuse "
                    + "type, location and source of risk, and the reasons given where no enquiry was made), eligibility (determinations and the outcomes "
                    + "most often not achieved, adults and carers apart), triage (priorities and the Prevent / Reduce / Delay / Meet split), "
                    + "waiting-list (reviews, cases, escalations). Counted from the receipts of decisions made from 'from' to 'to' (London dates; "
                    + "default the 30 days up to today), optionally under one ruleSet version.")
    @GetMapping(path = "/v1/reports/{report}", produces = MediaType.APPLICATION_JSON_VALUE)
    Reports.Report report(@PathVariable String report, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String ruleSet) {
        Range range = range(from, to);
        return reports.of(report, range.from(), range.to(), ruleSet);
    }

    @Operation(summary = "A management-information report (CSV)", description = "The same report as rows of measure,by,count, headline figures first.")
    @GetMapping(path = "/v1/reports/{report}", produces = CSV)
    ResponseEntity<String> csv(@PathVariable String report, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String ruleSet) {
        Reports.Report r = report(report, from, to, ruleSet);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + ReportCsv.fileName(r) + "\"").body(ReportCsv.write(r));
    }

    @Operation(summary = "The impact of a rule set on real history (practice lead)",
            description = "Every receipt of decisions with asOf from 'from' to 'to' (optionally of one decisionType) decided again under 'version' "
                    + "(typically one just staged), in parallel: how many decisions would change, by outcome pair (kept -> new), with up to 'sample' "
                    + "cases each and both sets of reasons. Nothing is recorded.")
    @PostMapping(path = "/v1/reports/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    HistoryImpact.Result impact(@RequestParam String version, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String decisionType, @RequestParam(defaultValue = "5") int sample) {
        Range range = range(from, to);
        if (sample < 0 || sample > 100) {
            throw new InvalidRequestException(List.of(new FieldError("sample", "Between 0 and 100.")));
        }
        return impact.run(version, range.from(), range.to(), decisionType, sample, done -> { });
    }
}
