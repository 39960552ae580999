package uk.caredecisions.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.Required;
import uk.caredecisions.common.TriState;

/** An adult's assessment, as the case system sends it for the reg 2 determination. */
public record AdultEligibilityRequest(
        @Schema(description = "The case system's reference, echoed back.", example = "LAS-123456") String caseReference,
        @Schema(description = "The date whose policy applies; default today in Europe/London.") LocalDate asOf,
        @Schema(description = "Reg 2(1)(a): do the needs arise from or relate to a physical or mental impairment or illness?", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState needsFromImpairmentOrIllness,
        @Schema(description = "Reg 2(2): what the assessment found for each outcome; an omitted outcome is one the adult can achieve, and one the assessment "
                + "has not reached is sent as {\"notYetAssessed\": true}. "
                + "Keys: NUTRITION (a), PERSONAL_HYGIENE (b), TOILET_NEEDS (c), BEING_APPROPRIATELY_CLOTHED (d), USING_HOME_SAFELY (e), "
                + "HABITABLE_HOME (f), FAMILY_AND_RELATIONSHIPS (g), WORK_TRAINING_EDUCATION_VOLUNTEERING (h), USING_COMMUNITY_FACILITIES (i), CARING_FOR_A_CHILD (j).")
        Map<AdultOutcome, OutcomeDifficulty> outcomes,
        @Schema(description = "Reg 2(1)(c): is there, or is there likely to be, a significant impact on wellbeing? The practitioner's judgement.", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required TriState significantImpactOnWellbeing,
        @Schema(description = "How the impact was found.") ImpactRoute impactRoute,
        @Schema(description = "The wellbeing areas (Care Act s1(2)) affected.") List<WellbeingArea> wellbeingAreasAffected,
        @Schema(description = "Reg 2(4): do the needs fluctuate?") TriState needsFluctuate,
        @Schema(description = "Over how many days the circumstances were considered, where needs fluctuate.", minimum = "0", maximum = "3660")
        Integer fluctuationPeriodConsideredDays) implements DecisionRequest {}
