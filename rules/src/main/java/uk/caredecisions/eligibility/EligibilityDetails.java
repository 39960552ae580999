package uk.caredecisions.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.NextStep;

/** What an eligibility decision adds to the envelope. */
public record EligibilityDetails(
        @Schema(description = "Each condition of reg 2(1) or 3(1): MET, NOT_MET or UNKNOWN.") Map<String, ConditionStatus> conditions,
        @Schema(description = "The outcomes the person is unable to achieve, in regulation order.") List<String> outcomesNotAchieved,
        @Schema(description = "What the council does next, with its legal basis.") List<NextStep> nextSteps,
        @Schema(description = "The written record of the determination and its reasons (Care Act s13(2)), ready to paste into the case file.") String record) {}
