package uk.caredecisions.rulesets;

/** One finding about a workbook, with the cell a practice lead should look at. */
public record WorkbookProblem(Severity severity, String check, String location, String message) {

    public enum Severity { ERROR, WARNING }

    public static WorkbookProblem error(String check, CellRef cell, String message) {
        return new WorkbookProblem(Severity.ERROR, check, cell.toString(), message);
    }

    public static WorkbookProblem error(String check, String location, String message) {
        return new WorkbookProblem(Severity.ERROR, check, location, message);
    }

    public static WorkbookProblem warning(String check, CellRef cell, String message) {
        return new WorkbookProblem(Severity.WARNING, check, cell.toString(), message);
    }

    @Override
    public String toString() {
        return severity + " " + location + " [" + check + "] " + message;
    }
}
