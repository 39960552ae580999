package uk.caredecisions.eligibility;

import uk.caredecisions.common.TriState;

/** Fact: the facts of an adult's assessment other than the outcomes. */
public record AdultCase(TriState needsFromImpairmentOrIllness, TriState significantImpactOnWellbeing,
        TriState needsFluctuate, Integer fluctuationPeriodConsideredDays) {}
