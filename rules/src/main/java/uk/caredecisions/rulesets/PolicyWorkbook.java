package uk.caredecisions.rulesets;

import java.util.List;

/** A {@code .drl.xlsx} workbook as read: its bytes (hashed, stored and downloaded; never compiled), its tables and anything wrong. */
public record PolicyWorkbook(String name, byte[] content, List<DecisionTable> tables, List<WorkbookProblem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == WorkbookProblem.Severity.ERROR);
    }
}
