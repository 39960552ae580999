package uk.caredecisions.engine;

import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;

/** The table row a generated rule came from. */
public record TableRowRef(DecisionTable table, TableRow row) {
    public String source() {
        return row.cell().toString();
    }
}
