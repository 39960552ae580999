package uk.caredecisions.eligibility;

/** Fact from the Settings table: how a short or unrecorded fluctuation period is treated, with the row that said so. */
public record FluctuationPeriodPolicy(ShortPeriodTreatment treatment, String row) {}
