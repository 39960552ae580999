package uk.caredecisions.service.receipts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Management information counted from the receipts, nothing else: the figures a council returns
 * (SAC concerns and enquiries, eligibility determinations, front-door priorities and sequels,
 * waiting-list escalations) for decisions made between two dates (London time), optionally under
 * one rule-set version. A decision made twice for the same case (facts updated) counts twice:
 * these are decisions, as the receipts hold them.
 */
@Component
public class Reports {

    /** One count: what is counted, the value it is counted by (null for the total), and how many. */
    public record Count(String measure, String by, long count) {}

    /** A report: its scope, the headline figures, and every breakdown as counts. */
    public record Report(String report, LocalDate from, LocalDate to, String ruleSet, Map<String, Object> figures, List<Count> counts) {}

    private static final String IN_RANGE = " decision_type = ? AND (decided_at AT TIME ZONE 'Europe/London')::date BETWEEN ? AND ? "
            + "AND (?::text IS NULL OR rule_set_version = ?) ";

    private final Receipts receipts;

    Reports(Receipts receipts) {
        this.receipts = receipts;
    }

    /** The reports by the names the API and the console give them. */
    public static final java.util.List<String> NAMES = List.of("safeguarding", "eligibility", "triage", "waiting-list");

    /** The report named, one of {@link #NAMES}. */
    public Report of(String report, LocalDate from, LocalDate to, String ruleSet) {
        return switch (report) {
            case "safeguarding" -> safeguarding(from, to, ruleSet);
            case "eligibility" -> eligibility(from, to, ruleSet);
            case "triage" -> triage(from, to, ruleSet);
            case "waiting-list" -> waitingList(from, to, ruleSet);
            default -> throw new uk.caredecisions.service.common.NotFoundException(
                    "There is no report '" + report + "'; the reports are " + new java.util.TreeSet<>(NAMES) + ".");
        };
    }

    public Report safeguarding(LocalDate from, LocalDate to, String ruleSet) {
        String type = "SAFEGUARDING_CONCERN";
        List<Count> counts = new java.util.ArrayList<>();
        counts.addAll(count("concernsByOutcome", "outcome", type, from, to, ruleSet));
        counts.addAll(count("concernsByRuleSet", "rule_set_version", type, from, to, ruleSet));
        counts.addAll(countArray("concernsByAbuseType", "request::jsonb -> 'abuseTypes'", null, type, from, to, ruleSet));
        counts.addAll(countArray("s42EnquiriesByAbuseType", "request::jsonb -> 'abuseTypes'", "S42_ENQUIRY", type, from, to, ruleSet));
        counts.addAll(count("concernsByLocation", "coalesce(request::jsonb ->> 'location', 'NOT_RECORDED')", type, from, to, ruleSet));
        counts.addAll(count("concernsBySourceOfRisk", "coalesce(request::jsonb ->> 'sourceOfRisk', 'NOT_RECORDED')", type, from, to, ruleSet));
        counts.addAll(countReasons("noEnquiryReasons", "NO_ENQUIRY", type, from, to, ruleSet));
        long concerns = total(counts, "concernsByOutcome");
        long s42 = of(counts, "concernsByOutcome", "S42_ENQUIRY");
        long other = of(counts, "concernsByOutcome", "OTHER_ENQUIRY");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("concerns", concerns);
        figures.put("s42Enquiries", s42);
        figures.put("otherEnquiries", other);
        figures.put("noEnquiry", of(counts, "concernsByOutcome", "NO_ENQUIRY"));
        figures.put("insufficientInformation", of(counts, "concernsByOutcome", "INSUFFICIENT_INFORMATION"));
        // The SAC return's conversion rate: section 42 enquiries per 100 concerns; with other enquiries beside it.
        figures.put("conversionRate", rate(s42, concerns));
        figures.put("allEnquiriesConversionRate", rate(s42 + other, concerns));
        return new Report("safeguarding", from, to, ruleSet, figures, counts);
    }

    public Report eligibility(LocalDate from, LocalDate to, String ruleSet) {
        List<Count> counts = new java.util.ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String type : List.of("ADULT_ELIGIBILITY", "CARER_ELIGIBILITY")) {
            String who = type.startsWith("ADULT") ? "adults" : "carers";
            counts.addAll(count(who + "ByOutcome", "outcome", type, from, to, ruleSet));
            counts.addAll(countArray(who + "OutcomesNotAchieved", "response::jsonb -> 'outcomesNotAchieved'", null, type, from, to, ruleSet));
            figures.put(who + "Determinations", total(counts, who + "ByOutcome"));
            figures.put(who + "Eligible", of(counts, who + "ByOutcome", "ELIGIBLE"));
        }
        return new Report("eligibility", from, to, ruleSet, figures, counts);
    }

    public Report triage(LocalDate from, LocalDate to, String ruleSet) {
        String type = "TRIAGE";
        List<Count> counts = new java.util.ArrayList<>();
        counts.addAll(count("contactsByPriority", "outcome", type, from, to, ruleSet));
        // Prevent / Reduce / Delay / Meet, as the councils' own papers report the front door.
        counts.addAll(count("contactsBySequel", "coalesce(response::jsonb ->> 'sequel', 'NONE')", type, from, to, ruleSet));
        counts.addAll(countArray("suggestedServices", "response::jsonb -> 'suggestedServices'", null, type, from, to, ruleSet));
        counts.addAll(count("contactsByRouteOfAccess", "coalesce(request::jsonb ->> 'routeOfAccess', 'NOT_RECORDED')", type, from, to, ruleSet));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("contacts", total(counts, "contactsByPriority"));
        for (String sequel : List.of("PREVENT", "REDUCE", "DELAY", "MEET")) {
            figures.put(sequel.toLowerCase(), of(counts, "contactsBySequel", sequel));
        }
        return new Report("triage", from, to, ruleSet, figures, counts);
    }

    public Report waitingList(LocalDate from, LocalDate to, String ruleSet) {
        String type = "WAITING_LIST";
        List<Count> counts = new java.util.ArrayList<>();
        counts.addAll(count("reviews", null, type, from, to, ruleSet));
        counts.addAll(query("casesReviewed", null, "SELECT NULL, count(*) FROM decision_receipt, jsonb_array_elements(response::jsonb -> 'cases') c WHERE"
                + IN_RANGE, type, from, to, ruleSet));
        counts.addAll(query("casesEscalated", null, "SELECT NULL, count(*) FROM decision_receipt, jsonb_array_elements(response::jsonb -> 'cases') c WHERE"
                + IN_RANGE + "AND (c ->> 'escalate')::boolean", type, from, to, ruleSet));
        counts.addAll(query("escalationReasons", null, "SELECT r, count(*) FROM decision_receipt, jsonb_array_elements(response::jsonb -> 'cases') c, "
                + "jsonb_array_elements_text(coalesce(c -> 'escalationReasons', '[]'::jsonb)) r WHERE" + IN_RANGE + "GROUP BY r ORDER BY 2 DESC, 1", type, from, to, ruleSet));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("reviews", total(counts, "reviews"));
        figures.put("casesReviewed", total(counts, "casesReviewed"));
        figures.put("casesEscalated", total(counts, "casesEscalated"));
        return new Report("waiting-list", from, to, ruleSet, figures, counts);
    }

    private List<Count> count(String measure, String expression, String type, LocalDate from, LocalDate to, String ruleSet) {
        String by = expression == null ? "NULL" : expression;
        return query(measure, expression, "SELECT " + by + ", count(*) FROM decision_receipt WHERE" + IN_RANGE
                + (expression == null ? "" : "GROUP BY 1 ORDER BY 2 DESC, 1"), type, from, to, ruleSet);
    }

    private List<Count> countArray(String measure, String array, String outcome, String type, LocalDate from, LocalDate to, String ruleSet) {
        // A case system may send one code where a list is expected (the reader accepts it): counted as a list of one.
        String list = "CASE jsonb_typeof(" + array + ") WHEN 'array' THEN " + array + " WHEN 'string' THEN jsonb_build_array(" + array
                + ") ELSE '[]'::jsonb END";
        return query(measure, array, "SELECT v, count(*) FROM decision_receipt, jsonb_array_elements_text(" + list + ") v WHERE"
                + IN_RANGE + (outcome == null ? "" : "AND outcome = '" + outcome + "' ") + "GROUP BY v ORDER BY 2 DESC, 1", type, from, to, ruleSet);
    }

    private List<Count> countReasons(String measure, String outcome, String type, LocalDate from, LocalDate to, String ruleSet) {
        return query(measure, "reasons", "SELECT r ->> 'code', count(*) FROM decision_receipt, jsonb_array_elements(response::jsonb -> 'reasons') r WHERE"
                + IN_RANGE + "AND outcome = '" + outcome + "' GROUP BY 1 ORDER BY 2 DESC, 1", type, from, to, ruleSet);
    }

    private List<Count> query(String measure, String by, String sql, String type, LocalDate from, LocalDate to, String ruleSet) {
        return receipts.guarded(() -> receipts.jdbc().query(sql, (rs, i) -> new Count(measure, by == null ? null : rs.getString(1), rs.getLong(2)),
                type, from, to, ruleSet, ruleSet));
    }

    private static long total(List<Count> counts, String measure) {
        return counts.stream().filter(c -> c.measure().equals(measure)).mapToLong(Count::count).sum();
    }

    private static long of(List<Count> counts, String measure, String by) {
        return counts.stream().filter(c -> c.measure().equals(measure) && by.equals(c.by())).mapToLong(Count::count).sum();
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
