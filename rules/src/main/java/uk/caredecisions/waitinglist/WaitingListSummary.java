package uk.caredecisions.waitinglist;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import uk.caredecisions.triage.Priority;

/** Counts over a re-prioritised list: all cases, and by priority. */
public record WaitingListSummary(
        @Schema(description = "Cases in the list.") int total,
        @Schema(description = "Cases past their target date.") int overdue,
        @Schema(description = "Cases overdue a keep-in-touch contact.") int contactOverdue,
        @Schema(description = "Cases to escalate (past target or contact overdue).") int escalate,
        @Schema(description = "The same counts for each priority, most urgent first; every priority is listed.") Map<Priority, Counts> byPriority) {

    /** Counts for one priority. */
    public record Counts(int cases, int overdue, int contactOverdue, int escalate) {}
}
