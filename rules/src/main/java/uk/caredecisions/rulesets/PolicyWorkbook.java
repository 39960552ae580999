package uk.caredecisions.rulesets;

import java.util.List;

/**
 * A {@code .drl.xlsx} workbook as read: its bytes (hashed, stored and downloaded; never compiled), its
 * tables, anything wrong, and the warnings its Notes sheet accepts.
 */
public record PolicyWorkbook(String name, byte[] content, List<DecisionTable> tables, List<WorkbookProblem> problems,
        List<AcceptedWarning> accepted) {

    public PolicyWorkbook(String name, byte[] content, List<DecisionTable> tables, List<WorkbookProblem> problems) {
        this(name, content, tables, problems, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == WorkbookProblem.Severity.ERROR);
    }
}
