package uk.caredecisions.eligibility;

import java.util.List;
import uk.caredecisions.common.TriState;

/** Fact: the facts of an adult's assessment other than the outcomes. */
public record AdultCase(TriState needsFromImpairmentOrIllness, TriState significantImpactOnWellbeing,
        TriState needsFluctuate, Integer fluctuationPeriodConsideredDays, String impactRoute, List<String> wellbeingAreasAffected) {}
