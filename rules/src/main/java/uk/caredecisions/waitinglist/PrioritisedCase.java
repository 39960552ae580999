package uk.caredecisions.waitinglist;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.caredecisions.common.Reason;
import uk.caredecisions.triage.Priority;
import uk.caredecisions.triage.Sequel;
import uk.caredecisions.triage.SuggestedService;

/** One case of a re-prioritised waiting list, in its place in the new order. */
public record PrioritisedCase(
        @Schema(description = "1 for the most urgent case.") int position,
        @Schema(description = "Where the case was in the request's list (0-based).") int index,
        @Schema(description = "The case system's reference, echoed back.") String caseReference,
        @Schema(description = "CRITICAL, HIGH, MEDIUM or LOW, from the triage of the case as it stands.") Priority priority,
        @Schema(description = "When the person started waiting.") LocalDate waitingSince,
        @Schema(description = "Days waited up to asOf.") long waitingDays,
        @Schema(description = "The date of the re-triage contact (triage.contactReceivedAt, in Europe/London) where the case was sent with one; "
                + "absent otherwise. It does not restart the clock: targetDate runs from waitingSince.")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate retriagedOn,
        @Schema(description = "When first contact or allocation is due: the priority's target counted from when the person started waiting (waitingSince), "
                + "whenever the case was last re-triaged.")
        LocalDate targetDate,
        @Schema(description = "Calendar days past targetDate at asOf; 0 when not past it.") long daysOverdue,
        @Schema(description = "When the next keep-in-touch contact is due: the last contact (or the start of the wait) plus the priority's interval.")
        LocalDate nextContactDue,
        @Schema(description = "True when nextContactDue is before asOf.") boolean contactOverdue,
        @Schema(description = "True when the case is past its target or overdue a contact: a manager should act this week.") boolean escalate,
        @Schema(description = "Why the case is escalated: PAST_TARGET, CONTACT_OVERDUE.") List<String> escalationReasons,
        @Schema(description = "The sequel the triage suggests.") Sequel sequel,
        @Schema(description = "The services the triage suggests.") List<SuggestedService> suggestedServices,
        @Schema(description = "Why this priority: the table rows that proposed it and the decision among them, with legal basis and table cells. "
                + "The full triage of one case, with every reason, is POST /v1/decisions/triage.") List<Reason> reasons) {}
