package uk.caredecisions.eligibility;

/**
 * Fact: whether the period over which fluctuating needs were considered falls short of what reg 2(4)
 * (carers: 3(4)) and the local minimum ask, so that conditions 2 and 3, if not met over the period
 * considered, are not yet known. Concluded after the Settings rows have spoken; the conditions and
 * the determination wait for it.
 */
public record FluctuationChecked(String party, boolean shortfall) {}
