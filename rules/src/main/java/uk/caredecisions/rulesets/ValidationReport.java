package uk.caredecisions.rulesets;

import java.util.List;

/**
 * What validating a rule set found: errors (it cannot be published) and warnings (worth a look),
 * each naming {@code workbook!Sheet!Cell}, the check and a plain-English message.
 */
public record ValidationReport(String version, List<String> workbooks, int tables, int rows,
        List<WorkbookProblem> errors, List<WorkbookProblem> warnings) {

    /** True when nothing stops publishing (warnings may remain). */
    @com.fasterxml.jackson.annotation.JsonProperty("valid")
    public boolean clean() {
        return errors.isEmpty();
    }

    /** A plain-text report for the command line: errors first, then warnings. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Rule set ").append(version).append(": ").append(workbooks.size()).append(" workbook(s), ")
                .append(tables).append(" table(s), ").append(rows).append(" row(s): ")
                .append(errors.size()).append(" error(s), ").append(warnings.size()).append(" warning(s).\n");
        errors.forEach(p -> out.append("ERROR    ").append(p.location()).append("  [").append(p.check()).append("] ").append(p.message()).append('\n'));
        warnings.forEach(p -> out.append("WARNING  ").append(p.location()).append("  [").append(p.check()).append("] ").append(p.message()).append('\n'));
        out.append(clean() ? "Valid: it compiles and every check passed.\n" : "Not valid: fix the errors above before publishing.\n");
        return out.toString();
    }
}
