package uk.caredecisions.rulesets;

/**
 * One column of a decision table as written in its technical header rows: the Drools keyword
 * (NAME, CONDITION, ACTION, METADATA...), the fact pattern, the code snippet, and the plain
 * question a practice lead reads.
 */
public record TableColumn(int index, String keyword, String objectType, String snippet, String label, CellRef keywordCell) {}
