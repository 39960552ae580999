package uk.caredecisions.rulesets;

import java.util.List;

/**
 * What validating a rule set found: errors (it cannot be published), warnings (worth a look) and
 * warnings accepted on a workbook's Notes sheet with their reason, each naming
 * {@code workbook!Sheet!Cell}, the check and a plain-English message.
 */
public record ValidationReport(String version, List<String> workbooks, int tables, int rows,
        List<WorkbookProblem> errors, List<WorkbookProblem> warnings, List<WorkbookProblem> accepted) {

    public ValidationReport(String version, List<String> workbooks, int tables, int rows,
            List<WorkbookProblem> errors, List<WorkbookProblem> warnings) {
        this(version, workbooks, tables, rows, errors, warnings, List.of());
    }

    /** This report with more warnings (found outside the validator, such as the calendar's remaining months). */
    public ValidationReport withWarnings(List<WorkbookProblem> more) {
        List<WorkbookProblem> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ValidationReport(version, workbooks, tables, rows, errors, List.copyOf(all), accepted);
    }

    /** True when nothing stops publishing (warnings may remain). */
    @com.fasterxml.jackson.annotation.JsonProperty("valid")
    public boolean clean() {
        return errors.isEmpty();
    }

    /** The verdict and the counts, in one line. */
    public String summary() {
        return (clean() ? "Valid" : "Not valid") + ": rule set " + version + ", " + workbooks.size() + " workbook(s), " + tables + " table(s), "
                + rows + " row(s): " + errors.size() + " error(s), " + warnings.size() + " warning(s)"
                + (accepted.isEmpty() ? "" : ", " + accepted.size() + " accepted") + "."
                + (clean() ? " It compiles and every check passed." : " Fix the errors below before publishing.");
    }

    /** A plain-text report for the command line: the summary line, then errors, warnings and accepted warnings. */
    public String toText() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        errors.forEach(p -> out.append("ERROR    ").append(p.location()).append("  [").append(p.check()).append("] ").append(p.message()).append('\n'));
        warnings.forEach(p -> out.append("WARNING  ").append(p.location()).append("  [").append(p.check()).append("] ").append(p.message()).append('\n'));
        accepted.forEach(p -> out.append("ACCEPTED ").append(p.location()).append("  [").append(p.check()).append("] ").append(p.message()).append('\n'));
        return out.toString();
    }
}
