package uk.caredecisions.service.console.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * A validation report as a practice lead reads it: errors first, then warnings, each grouped by
 * workbook and sheet, every finding with its cell and the check that found it.
 */
public record Findings(List<Group> errors, List<Group> warnings) {

    /** The findings on one sheet of one workbook (sheet empty for a finding about the whole workbook or rule set). */
    public record Group(String workbook, String sheet, List<Finding> findings) {}

    /** One finding: the cell (empty when it is about no one cell), the check, and what it says. */
    public record Finding(String cell, String check, String message) {}

    public static Findings of(ValidationReport report) {
        return new Findings(group(report.errors()), group(report.warnings()));
    }

    public int errorCount() {
        return errors.stream().mapToInt(g -> g.findings().size()).sum();
    }

    public int warningCount() {
        return warnings.stream().mapToInt(g -> g.findings().size()).sum();
    }

    private static List<Group> group(List<WorkbookProblem> problems) {
        Map<String, List<Finding>> bySheet = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (WorkbookProblem p : problems) {
            // A location reads workbook!Sheet!Cell; some name only a workbook, or something else (the scenario library).
            String[] parts = p.location() == null ? new String[] {""} : p.location().split("!", 3);
            String workbook = parts[0];
            String sheet = parts.length > 1 ? parts[1] : "";
            String cell = parts.length > 2 ? parts[2] : "";
            String key = workbook + "!" + sheet;
            names.putIfAbsent(key, new String[] {workbook, sheet});
            bySheet.computeIfAbsent(key, k -> new ArrayList<>()).add(new Finding(cell, p.check(), p.message()));
        }
        List<Group> out = new ArrayList<>();
        bySheet.forEach((key, findings) -> out.add(new Group(names.get(key)[0], names.get(key)[1], List.copyOf(findings))));
        return out;
    }
}
