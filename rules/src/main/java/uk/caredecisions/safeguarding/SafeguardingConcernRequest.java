package uk.caredecisions.safeguarding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.Required;
import uk.caredecisions.common.TriState;

/**
 * A safeguarding concern as the case system sends it for screening under Care Act 2014 s42. The
 * s42(1) criteria and the questions the law turns on, left out, are UNKNOWN: they matter only where
 * they could change the outcome, and then the decision is INSUFFICIENT_INFORMATION naming them in
 * {@code missing}. The circumstances that only raise a local threshold level (recurrent,
 * providerRemedialAction, carePlanFollowed, commonPerpetrator), left out, are not reported: the
 * decision is made on what was reported and a warning lists them; sent as UNKNOWN they are unknowns.
 */
public record SafeguardingConcernRequest(
        @Schema(description = "The case system's reference, echoed back.", example = "SG-000981") String caseReference,
        @Schema(description = "The date whose policy applies; default today in Europe/London.") LocalDate asOf,
        @Schema(description = "When the concern reached the council; deadlines count working days from this day (Europe/London).", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-20T16:40:00Z")
        @Required Instant receivedAt,
        @Schema(description = "s42(1)(a): does the adult have needs for care and support (met or not, eligible or not)?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState careAndSupportNeeds,
        @Schema(description = "s42(1)(b): is the adult experiencing, or at risk of, abuse or neglect?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required AbuseOrNeglect abuseOrNeglect,
        @Schema(description = "s42(1)(c): as a result of those needs, is the adult unable to protect themselves?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState unableToProtectSelf,
        @Schema(description = "Types of abuse or neglect (SAC). With harm, enough to decide: each type has a base level in the AbuseTypes table.") List<AbuseType> abuseTypes,
        @Schema(description = "Optional: what happened, as codes from the threshold table (GET /v1/rulesets/{version}/tables/Indicators lists them), refining the level of the types they are counted under; an unknown code is refused with the accepted ones.",
                example = "[\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"]") List<String> indicators,
        @Schema(description = "Location of the risk (SAC).") RiskLocation location,
        @Schema(description = "Source of the risk (SAC).") SourceOfRisk sourceOfRisk,
        @Schema(description = "The harm caused; UNKNOWN (or left out) when not yet known.") Harm harm,
        @Schema(description = "Has the same thing happened before (a pattern)? Left out: not reported (a warning); UNKNOWN: an unknown that may be asked for.") TriState recurrent,
        @Schema(description = "Are other adults at risk from the same source?") TriState otherAdultsAtRisk,
        @Schema(description = "Are children at risk too (Think Family)?") TriState childrenAtRisk,
        @Schema(description = "Has the provider taken remedial action? Left out: not reported (a warning); UNKNOWN: an unknown that may be asked for.") TriState providerRemedialAction,
        @Schema(description = "Was the adult's care plan followed? Left out: not reported (a warning); UNKNOWN: an unknown that may be asked for.") TriState carePlanFollowed,
        @Schema(description = "Is the person alleged to have caused harm the subject of other concerns (a common perpetrator)? Left out: not reported (a warning); UNKNOWN: an unknown that may be asked for.") TriState commonPerpetrator,
        @Schema(description = "Is a crime suspected?") TriState crimeSuspected,
        @Schema(description = "Is the adult in immediate danger?") TriState immediateDanger,
        @Schema(description = "Is the person alleged to have caused harm in a position of trust (paid or volunteer work with adults or children)?") TriState allegedAbuserInPositionOfTrust,
        @Schema(description = "The adult's capacity to make decisions about the safeguarding process; left out means NOT_ASSESSED.") MentalCapacity mentalCapacity,
        @Schema(description = "What the adult wants; left out means NOT_KNOWN.") AdultWishes adultWishes,
        @Schema(description = "Is the adult under coercion or duress?") TriState coercionOrDuress,
        @Schema(description = "Is there a serious risk to the adult's life? Immediate danger counts as one unless this is NO.") TriState seriousRiskToLife,
        @Schema(description = "s68: would the adult have substantial difficulty being involved in the enquiry?") TriState substantialDifficultyBeingInvolved,
        @Schema(description = "s68: is there an appropriate person (not paid, not implicated) to support the adult's involvement?") TriState appropriatePersonAvailable,
        @Schema(description = "Is the adult a carer (the concern is about abuse of a carer)?") TriState adultIsACarer,
        @Schema(description = "The practitioner's own judgement of the threshold level (0 to the highest level of the Levels table). "
                + "Optional: recorded beside the table's level; where they differ a warning gives both, and the judgement decides whether the threshold is met.",
                minimum = "0", example = "3") Integer thresholdJudgement) implements DecisionRequest {}
