package uk.caredecisions.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.Required;
import uk.caredecisions.common.TriState;

/** A carer's assessment, as the case system sends it for the reg 3 determination. */
public record CarerEligibilityRequest(
        @Schema(description = "The case system's reference, echoed back.", example = "LAS-123457") String caseReference,
        @Schema(description = "The date whose policy applies; default today in Europe/London.") LocalDate asOf,
        @Schema(description = "Reg 3(1)(a): do the needs arise from providing necessary care for an adult?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState providesNecessaryCare,
        @Schema(description = "Reg 3(1)(b) and 3(2)(a): as an effect of the carer's needs for support (arising from the necessary care they provide), is the carer's physical or mental health deteriorating, or at risk of deteriorating?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState healthDeterioratingOrAtRisk,
        @Schema(description = "Reg 3(2)(b): what the assessment found for each carer outcome; takesSignificantlyLonger is accepted but is not a limb for carers; "
                + "an omitted outcome is one the carer can achieve, and one not yet assessed is sent as {\"notYetAssessed\": true}. "
                + "Keys: CARING_FOR_A_CHILD (i), CARING_FOR_OTHERS (ii), HABITABLE_HOME (iii), NUTRITION (iv), FAMILY_AND_RELATIONSHIPS (v), "
                + "WORK_TRAINING_EDUCATION_VOLUNTEERING (vi), USING_COMMUNITY_FACILITIES (vii), RECREATIONAL_ACTIVITIES (viii).")
        Map<CarerOutcome, OutcomeDifficulty> outcomes,
        @Schema(description = "Reg 3(1)(c): is there, or is there likely to be, a significant impact on the carer's wellbeing?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState significantImpactOnWellbeing,
        @Schema(description = "Reg 3(4): do the needs fluctuate?") TriState needsFluctuate,
        @Schema(description = "Over how many days the circumstances were considered, where needs fluctuate.", minimum = "0", maximum = "3660")
        Integer fluctuationPeriodConsideredDays) implements DecisionRequest {}
