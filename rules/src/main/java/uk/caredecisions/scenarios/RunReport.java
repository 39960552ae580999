package uk.caredecisions.scenarios;

import java.util.List;

/** A run of scenarios against one rule set. */
public record RunReport(String ruleSetVersion, String ruleSetSha256, int total, int passed, int failed,
        List<ScenarioResult> results, Coverage coverage) {

    public boolean allPassed() {
        return failed == 0;
    }

    /** A plain-text report a trainer can read: failures first, expected against actual, then coverage. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Scenarios under rule set ").append(ruleSetVersion).append(": ")
                .append(passed).append(" passed, ").append(failed).append(" failed, ").append(total).append(" in all.\n");
        for (ScenarioResult r : results) {
            if (r.passed()) {
                continue;
            }
            out.append("\nFAILED  ").append(r.name()).append("\n        ").append(r.id()).append("\n");
            for (ScenarioResult.Mismatch m : r.mismatches()) {
                out.append("        ").append(m.what()).append(": expected ").append(m.expected())
                        .append(", but got ").append(m.actual()).append("\n");
            }
            if (r.actual() != null && r.actual().has("errors")) {
                out.append("        The request itself was refused:\n");
                r.actual().get("errors").forEach(e -> out.append("          - ").append(e.path("field").asText()).append(": ")
                        .append(e.path("message").asText()).append("\n"));
            }
            if (r.actual() != null && r.actual().has("reasons")) {
                out.append("        Why the service decided ").append(r.actualOutcome()).append(":\n");
                r.actual().get("reasons").forEach(reason -> out.append("          - ").append(reason.path("text").asText())
                        .append(reason.hasNonNull("source") ? "  [" + reason.get("source").asText() + "]" : "")
                        .append("\n"));
            }
        }
        if (coverage != null) {
            out.append(String.format("%nTable rows exercised: %.1f%%%n", coverage.tableRowCoverage() * 100));
            coverage.tableRowsNeverFired().forEach(u -> out.append("  never fired: ").append(u.id()).append(" at ").append(u.source())
                    .append(coverage.deliberatelyUntested().containsKey(u.id()) ? " (deliberately untested: "
                            + coverage.deliberatelyUntested().get(u.id()) + ")" : "").append("\n"));
            coverage.lawRulesNeverFired().forEach(rule -> out.append("  law rule never fired: ").append(rule).append("\n"));
        }
        return out.toString();
    }
}
