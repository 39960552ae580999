package uk.caredecisions.waitinglist;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.RuleSetRef;

/** A re-prioritised waiting list: the summary, then every case, most urgent first. */
public record WaitingListResult(
        @Schema(description = "The date of the review; the policy in force on it applied.") LocalDate asOf,
        @Schema(description = "The rule set that triaged every case.") RuleSetRef ruleSet,
        @Schema(description = "Counts by priority and overdue.") WaitingListSummary summary,
        @Schema(description = "Every case, ordered by priority, then days past target (most first), then longest wait.") List<PrioritisedCase> cases,
        @Schema(description = "Things to check that do not change the order, such as a target date past the bank-holiday calendar.") List<Reason> warnings) {}
