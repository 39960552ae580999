package uk.caredecisions.safeguarding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.NextStep;

/** What a safeguarding concern decision adds to the envelope. */
public record SafeguardingDetails(
        @Schema(description = "Each s42(1) criterion: careAndSupportNeeds, abuseOrNeglect, unableToProtectSelf, each MET, NOT_MET or UNKNOWN.")
        Map<String, ConditionStatus> s42Criteria,
        @Schema(description = "The level from the local threshold tables: from the indicators, or from the SAC types of abuse where no indicator of a type is recorded, raised by the circumstances present.") Integer thresholdLevel,
        @Schema(description = "The threshold level in words, from the Levels table.") String thresholdDescription,
        @Schema(description = "Whether the concern reaches the local threshold (decided by the practitioner's judgement when one is sent); absent while an unknown could change it.") Boolean thresholdMet,
        @Schema(description = "The practitioner's threshold judgement, when sent, recorded beside the table's level.") Integer thresholdJudgement,
        @Schema(description = "EMERGENCY, URGENT or STANDARD.") Urgency urgency,
        @Schema(description = "Where the concern goes when there is no enquiry.") Route route,
        @Schema(description = "What must be done, as codes, most pressing first.") List<String> actions,
        @Schema(description = "Each action in words, with its legal basis or the local policy row that requires it.") List<NextStep> actionDetails,
        @Schema(description = "Deadlines in working days from receivedAt.") Deadlines deadlines,
        @Schema(description = "True when the adult's wish for no action is overridden.") boolean wishesOverridden,
        @Schema(description = "Why the adult's wish for no action is overridden, in words.") String wishesOverriddenReason,
        @Schema(description = "The overriding circumstances as codes.") List<String> wishesOverriddenBecause,
        @Schema(description = "SAC types of abuse: those sent plus those the indicators are counted under, in SAC order.") List<AbuseType> abuseTypes,
        @Schema(description = "SAC location of risk, echoed for the national return.") RiskLocation location,
        @Schema(description = "SAC source of risk, echoed for the national return.") SourceOfRisk sourceOfRisk,
        @Schema(description = "The threshold decision and its reasons in words, ready to paste into the case record before any enquiry begins.") String record) {}
