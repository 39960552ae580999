package uk.caredecisions.rulesets;

import java.util.List;

/** One data row of a decision table: its stable id (the rule name) and its cell texts in column order. */
public record TableRow(String id, CellRef cell, List<String> values, List<CellRef> cells) {

    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
