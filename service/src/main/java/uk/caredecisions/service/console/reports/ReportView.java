package uk.caredecisions.service.console.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.caredecisions.service.receipts.Reports;

/**
 * A report as the page shows it: each headline figure with a label in words, and each breakdown
 * as a table (and the same counts for its bar chart), codes put into words. Totals the figures
 * already give (the waiting list's) are not repeated as breakdowns.
 */
public record ReportView(String title, List<Figure> figures, List<Breakdown> breakdowns) {

    /** A headline figure; {@code value} already in words ("45.5%", or "–" for a rate with nothing to divide by). */
    public record Figure(String key, String label, String value) {}

    /** One breakdown: its measure, a heading, its rows largest first, and the labels and counts as JSON for the chart. */
    public record Breakdown(String measure, String title, List<Row> rows, String chartLabels, String chartCounts) {}

    /** One row of a breakdown: the value in words, its code as the receipts hold it, and how many. */
    public record Row(String label, String code, long count) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, String> TITLES = Map.of("safeguarding", "Safeguarding concerns and enquiries",
            "eligibility", "Eligibility determinations", "triage", "Front-door triage", "waiting-list", "Waiting-list reviews");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("concerns", "Safeguarding concerns"), Map.entry("s42Enquiries", "Section 42 enquiries"),
            Map.entry("otherEnquiries", "Other enquiries"), Map.entry("noEnquiry", "No enquiry"),
            Map.entry("insufficientInformation", "Insufficient information to decide"),
            Map.entry("conversionRate", "Conversion rate (section 42 enquiries per 100 concerns)"),
            Map.entry("allEnquiriesConversionRate", "Conversion rate counting other enquiries too"),
            Map.entry("adultsDeterminations", "Adults' eligibility determinations"), Map.entry("adultsEligible", "Adults found eligible"),
            Map.entry("carersDeterminations", "Carers' eligibility determinations"), Map.entry("carersEligible", "Carers found eligible"),
            Map.entry("contacts", "Front-door contacts"), Map.entry("prevent", "Prevent"), Map.entry("reduce", "Reduce"),
            Map.entry("delay", "Delay"), Map.entry("meet", "Meet"),
            Map.entry("reviews", "Waiting-list reviews"), Map.entry("casesReviewed", "Cases reviewed"), Map.entry("casesEscalated", "Cases escalated"),
            Map.entry("concernsByOutcome", "Concerns by outcome"), Map.entry("concernsByRuleSet", "Concerns by rule-set version"),
            Map.entry("concernsByAbuseType", "Concerns by type of abuse"),
            Map.entry("s42EnquiriesByAbuseType", "Section 42 enquiries by type of abuse"),
            Map.entry("concernsByLocation", "Concerns by location of the abuse"), Map.entry("concernsBySourceOfRisk", "Concerns by source of risk"),
            Map.entry("noEnquiryReasons", "Why no enquiry was made"),
            Map.entry("adultsByOutcome", "Adults' determinations by outcome"),
            Map.entry("adultsOutcomesNotAchieved", "Outcomes adults were unable to achieve"),
            Map.entry("carersByOutcome", "Carers' determinations by outcome"),
            Map.entry("carersOutcomesNotAchieved", "Outcomes carers were unable to achieve"),
            Map.entry("contactsByPriority", "Contacts by priority"), Map.entry("contactsBySequel", "Contacts by Prevent, Reduce, Delay or Meet"),
            Map.entry("suggestedServices", "Services suggested"), Map.entry("contactsByRouteOfAccess", "Contacts by route of access"),
            Map.entry("escalationReasons", "Why cases were escalated"));

    static ReportView of(Reports.Report report) {
        List<Figure> figures = new ArrayList<>();
        report.figures().forEach((key, value) -> figures.add(new Figure(key, label(key), figure(key, value))));
        Map<String, List<Row>> byMeasure = new LinkedHashMap<>();
        for (Reports.Count c : report.counts()) {
            List<Row> rows = byMeasure.computeIfAbsent(c.measure(), k -> new ArrayList<>());
            if (c.by() != null) {
                rows.add(new Row(words(c.by()), c.by(), c.count()));
            }
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        byMeasure.forEach((measure, rows) -> {
            // A measure counted with no value to break it down by is a total, shown among the figures.
            boolean total = report.counts().stream().anyMatch(c -> c.measure().equals(measure) && c.by() == null);
            if (!total) {
                breakdowns.add(new Breakdown(measure, label(measure), List.copyOf(rows), json(rows.stream().map(Row::label).toList()),
                        json(rows.stream().map(Row::count).toList())));
            }
        });
        return new ReportView(TITLES.getOrDefault(report.report(), report.report()), figures, breakdowns);
    }

    static String label(String key) {
        String known = LABELS.get(key);
        return known != null ? known : words(key.replaceAll("([a-z0-9])([A-Z])", "$1_$2"));
    }

    /** A code as words: {@code S42_ENQUIRY} is "S42 enquiry"; anything else (a version, a word) as it is. */
    static String words(String code) {
        if (!code.matches("[A-Za-z0-9_]+") || !code.contains("_") && !code.equals(code.toUpperCase(Locale.UK))) {
            return code;
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.UK);
        String out = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return out.replaceAll("\\bs42\\b", "S42");
    }

    private static String figure(String key, Object value) {
        if (value == null) {
            return "–";
        }
        return key.endsWith("Rate") ? value + "%" : String.valueOf(value);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
