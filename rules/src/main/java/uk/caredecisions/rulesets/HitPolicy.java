package uk.caredecisions.rulesets;

/** How many rows of a decision table may apply to one case (after DMN's hit policies). */
public enum HitPolicy {
    /** At most one row applies to any case: two rows that overlap with different results conflict. */
    UNIQUE,
    /** Every matching row applies and adds its result (several next steps for one determination). */
    COLLECT
}
