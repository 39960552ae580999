package uk.caredecisions.safeguarding;

/** Fact: one indicator the concern reports, a code from the threshold table. */
public record ReportedIndicator(String code) {}
