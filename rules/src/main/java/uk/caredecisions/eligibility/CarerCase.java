package uk.caredecisions.eligibility;

import uk.caredecisions.common.TriState;

/** Fact: the facts of a carer's assessment other than the outcomes. */
public record CarerCase(TriState providesNecessaryCare, TriState healthDeterioratingOrAtRisk,
        TriState significantImpactOnWellbeing, TriState needsFluctuate, Integer fluctuationPeriodConsideredDays) {}
