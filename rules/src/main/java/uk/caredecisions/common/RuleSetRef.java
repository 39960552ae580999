package uk.caredecisions.common;

import java.time.LocalDate;

/** Which rule set decided: its version, the sha256 of its exact content, and the date it took effect. */
public record RuleSetRef(String version, String sha256, LocalDate effectiveFrom) {}
