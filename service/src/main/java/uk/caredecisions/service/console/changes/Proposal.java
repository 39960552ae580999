package uk.caredecisions.service.console.changes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.scenarios.ImpactReport;

/**
 * Workbooks a practice lead uploaded, checked on top of the version live when they were sent: what
 * validation found and, when it found no error, the impact on the scenario library. Kept in the
 * practice lead's session until staged; nothing about it is published.
 *
 * @param impact null while validation finds errors (nothing to compare)
 */
public record Proposal(String id, Map<String, byte[]> workbooks, String liveVersion, ValidationReport validation, Findings findings,
                       ImpactReport impact, Instant uploadedAt) {

    public List<String> workbookNames() {
        return List.copyOf(workbooks.keySet());
    }

    public boolean valid() {
        return validation.clean();
    }

    /** Scenarios whose expectation the change breaks: staging needs each of them ticked as intended. */
    public List<String> breaking() {
        return impact == null ? List.of() : impact.changed().stream().filter(c -> !c.expectationStillMet()).map(ImpactReport.Change::id).toList();
    }
}
