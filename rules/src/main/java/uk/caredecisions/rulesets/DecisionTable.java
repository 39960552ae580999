package uk.caredecisions.rulesets;

import java.util.List;

/**
 * A RuleTable block read from a workbook with Apache POI, before Drools sees it: used for
 * validation, for mapping fired rules back to cells, and to show a table as JSON or text.
 */
public record DecisionTable(
        String workbook,
        String sheet,
        String name,
        String rulePackage,
        List<String> imports,
        CellRef ruleTableCell,
        List<TableColumn> columns,
        List<TableRow> rows) {

    /** Reference data read by the service (a calendar), not compiled into rules. */
    public boolean isData() {
        return rulePackage == null;
    }

    public int columnIndex(String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }
}
