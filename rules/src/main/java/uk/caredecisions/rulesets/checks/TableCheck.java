package uk.caredecisions.rulesets.checks;

import java.util.List;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.WorkbookProblem;

/** One named check of a decision table's rows (after Camunda's DMN validators): each finding names a cell. */
public interface TableCheck {

    /** The check's name, shown in brackets with each finding: {@code [no-gaps]}. */
    String name();

    List<WorkbookProblem> check(DecisionTable table, TableScope scope);
}
