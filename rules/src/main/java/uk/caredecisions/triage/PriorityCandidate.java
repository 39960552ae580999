package uk.caredecisions.triage;

import java.util.List;
import org.kie.api.definition.rule.Rule;
import uk.caredecisions.common.Finding;

/**
 * Fact: a priority proposed by one row of the TriagePriorities table, with the risk, route and
 * finding of the rules that row matched (null where the row left them blank, meaning any). The
 * highest proposal decides.
 */
public record PriorityCandidate(Priority priority, int rank, String risk, String route, String ruleFinding, String row, Finding finding) {

    /**
     * The proposal of the table row whose consequence is running: {@code matched} are the facts that
     * row matched, so a row that names a risk, a route, a finding, several or none words its reason accordingly.
     */
    public static PriorityCandidate proposed(Rule row, List<?> matched, Priority priority) {
        String risk = null;
        String route = null;
        String ruleFinding = null;
        for (Object fact : matched) {
            if (fact instanceof PresentingRisk r) {
                risk = r.code();
            } else if (fact instanceof TriageCase c) {
                route = c.routeOfAccess();
            } else if (fact instanceof TriageFinding f) {
                ruleFinding = f.code();
            }
        }
        String code = ruleFinding != null ? "FINDING_PRIORITY"
                : risk != null && route != null ? "RISK_ROUTE_PRIORITY"
                : risk != null ? "RISK_PRIORITY" : route != null ? "ROUTE_PRIORITY" : "DEFAULT_PRIORITY";
        String subject = risk != null ? risk : ruleFinding != null ? ruleFinding : "";
        Finding finding = Finding.reason(row, code, subject).with("priority", priority.name());
        if (risk != null) {
            finding.with("risk", risk);
        }
        if (route != null) {
            finding.with("route", route);
        }
        if (ruleFinding != null) {
            finding.with("finding", ruleFinding);
        }
        return new PriorityCandidate(priority, priority.rank(), risk, route, ruleFinding, row.getName(), finding);
    }

    /** What the proposals in {@code top} rest on, in row order: each row's risk, else its finding, else its route, else ANY_CONTACT. */
    public static List<String> causes(List<?> top) {
        return top.stream().map(PriorityCandidate.class::cast).sorted(java.util.Comparator.comparing(PriorityCandidate::row))
                .map(c -> c.risk() != null ? c.risk() : c.ruleFinding() != null ? c.ruleFinding()
                        : c.route() != null ? c.route() : "ANY_CONTACT").distinct().toList();
    }

    /** The first row (by id) among {@code top}: the cell a reader is pointed to. */
    public static String firstRow(List<?> top) {
        return top.stream().map(PriorityCandidate.class::cast).map(PriorityCandidate::row).sorted().findFirst().orElse(null);
    }
}
