package uk.caredecisions.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** What a triage decision adds to the envelope. A field is left out when a fact it depends on is unknown (see {@code missing}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriageDetails(
        @Schema(description = "The route of access, echoed for the client-level data return.") RouteOfAccess routeOfAccess,
        @Schema(description = "ADULT or CARER.") PersonType personType,
        @Schema(description = "The date by which first contact is due: the contact's date (Europe/London) plus the priority's target, in working days where the targets table says so.")
        LocalDate firstContactBy,
        @Schema(description = "The priority's first-contact target as the targets table sets it.") FirstContactTarget firstContactTarget,
        @Schema(description = "How often to keep in touch while the person waits.") Integer keepInTouchEveryDays,
        @Schema(description = "PREVENT, REDUCE, DELAY or MEET: the highest rung any presenting risk, route or person calls for.") Sequel sequel,
        @Schema(description = "Services that fit, in a fixed order.") List<SuggestedService> suggestedServices,
        @Schema(description = "ASSESS, REFUSAL_RESPECTED, ASSESS_DESPITE_REFUSAL or NO_APPEARANCE_OF_NEED (s9, s10, s11); absent when a fact it depends on is unknown.")
        AssessmentDuty assessmentDuty,
        @Schema(description = "REQUIRED or NOT_REQUIRED (s67); absent when a fact it depends on is unknown.") Advocacy advocacy,
        @Schema(description = "True where s19(3) lets the council meet urgent needs before assessment: the needs appear urgent and the adult appears to have needs for care and support; absent when either is unknown.") Boolean urgentNeedsPower) {

    /** A first-contact target: so many days, counted in working or calendar days. */
    public record FirstContactTarget(int days, DayCount countedIn) {}
}
