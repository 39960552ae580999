package uk.caredecisions.safeguarding;

/** Fact: a circumstance that overrides an adult's wish for no action (the code names it). */
public record WishesOverride(String code, int order) {}
