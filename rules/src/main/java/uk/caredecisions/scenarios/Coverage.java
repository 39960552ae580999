package uk.caredecisions.scenarios;

import java.util.List;
import java.util.Map;

/**
 * Which law rules and table rows a run fired, and how often; which never fired; and which of those
 * are marked as deliberately untested.
 */
public record Coverage(Map<String, Integer> lawRules, Map<String, Integer> tableRows, List<String> lawRulesNeverFired,
        List<UncoveredRow> tableRowsNeverFired, Map<String, String> deliberatelyUntested, double tableRowCoverage) {

    /** A table row no scenario exercised, by id and cell. */
    public record UncoveredRow(String id, String source) {}
}
