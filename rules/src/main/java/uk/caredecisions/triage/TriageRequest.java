package uk.caredecisions.triage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.Required;
import uk.caredecisions.common.TriState;

/** A first contact, as the front door records it for triage. An omitted tri-state is UNKNOWN unless said otherwise. */
public record TriageRequest(
        @Schema(description = "The case system's reference, echoed back.", example = "LAS-123458") String caseReference,
        @Schema(description = "The date whose policy applies; default today in Europe/London.") LocalDate asOf,
        @Schema(description = "When the contact reached the council; first-contact targets run from its date in Europe/London.",
                example = "2026-11-20T09:15:00Z", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required Instant contactReceivedAt,
        @Schema(description = "Route of access (client-level data): COMMUNITY, DISCHARGE_FROM_HOSPITAL, DIVERSION_FROM_HOSPITAL, "
                + "PLANNED_ENTRY_TRANSITION, SELF_FUNDER_DEPLETED_FUNDS, PRISON.", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required RouteOfAccess routeOfAccess,
        @Schema(description = "Presenting risks found at screening: the codes the TriagePriorities table defines (an unknown code is a 400 listing them). "
                + "Empty or omitted: none found.", example = "[\"CARER_AT_RISK_OF_BREAKDOWN\", \"RECENT_FALL\"]")
        List<String> presentingRisks,
        @Schema(description = "ADULT (s9, default) or CARER (s10). A carer's refusal of assessment has no override (s11(5)).")
        PersonType personType,
        @Schema(description = "s9(1) / s10(1): does it appear the person may have needs for care and support (a carer: for support)?")
        TriState appearsToHaveCareAndSupportNeeds,
        @Schema(description = "s19(3): do the needs appear urgent? YES sets at least the priority and sequel the tables give URGENT_NEEDS_S19 (a carer: CARER_URGENT).")
        TriState urgentNeed,
        @Schema(description = "s11: has the person refused a needs (or carer's) assessment? Omitted: no refusal recorded.")
        TriState refusesAssessment,
        @Schema(description = "s11(2)(a): does the adult lack capacity to refuse the assessment (the recorded Mental Capacity Act 2005 result)?")
        TriState lacksCapacityToRefuse,
        @Schema(description = "s11(2)(a): is the council satisfied that assessment would be in the adult's best interests? Needed only when the adult lacks capacity and refuses.")
        TriState assessmentInBestInterests,
        @Schema(description = "s11(2)(b): is the adult experiencing, or at risk of, abuse or neglect? Omitted: YES if SUSPECTED_ABUSE_OR_NEGLECT is a presenting risk, else UNKNOWN. "
                + "YES also suggests a safeguarding concern and sets at least the priority the tables give ABUSE_OR_NEGLECT_RECORDED.")
        TriState abuseOrNeglect,
        @Schema(description = "s67(4): would the person have substantial difficulty in being involved (understanding, retaining, using or weighing information, or communicating views)?")
        TriState substantialDifficultyBeingInvolved,
        @Schema(description = "s67(5): is there an appropriate person (not paid or professional) to support the person's involvement?")
        TriState appropriatePersonAvailable,
        @Schema(description = "Advocacy regulations 2014, reg 4: is an NHS hospital stay of 28 days or more, or a care-home stay of 8 weeks or more, likely? Omitted: NO.")
        TriState longHospitalOrCareHomeStayLikely,
        @Schema(description = "Advocacy regulations 2014, reg 4: do the council and the appropriate person disagree, and agree an advocate would help? Omitted: NO.")
        TriState disagreementWithAppropriatePerson,
        @Schema(description = "Advocacy regulations 2014, reg 4: where a long hospital or care-home stay is likely, is the council satisfied that arranging "
                + "an independent advocate would be in the person's best interests? Needed only when such a stay is likely; omitted: UNKNOWN.")
        TriState advocateInBestInterests) implements DecisionRequest {

    /** The contact as a case system most often sends it: route and risks, everything else unknown. */
    public static TriageRequest of(Instant contactReceivedAt, RouteOfAccess route, List<String> risks) {
        return new TriageRequest(null, null, contactReceivedAt, route, risks, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
