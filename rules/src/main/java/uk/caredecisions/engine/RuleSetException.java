package uk.caredecisions.engine;

import java.util.List;
import uk.caredecisions.rulesets.WorkbookProblem;

/** A rule set could not be built: every problem found, each naming a workbook cell or DRL file. */
public class RuleSetException extends RuntimeException {

    private final transient List<WorkbookProblem> problems;

    public RuleSetException(String message, List<WorkbookProblem> problems) {
        super(message + ": " + problems.stream().map(WorkbookProblem::toString).limit(20).toList());
        this.problems = List.copyOf(problems);
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
