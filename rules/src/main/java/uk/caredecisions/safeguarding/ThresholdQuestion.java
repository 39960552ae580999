package uk.caredecisions.safeguarding;

/**
 * Fact: a level to work out. {@code ACTUAL} counts only what is known; a request field name counts
 * that unknown field at its worst; {@code ALL} counts every unknown at its worst. Comparing them
 * tells whether an unknown could change the outcome, and which.
 */
public record ThresholdQuestion(String kind) {
    public static final String ACTUAL = "ACTUAL";
    public static final String ALL = "ALL";

    public boolean single() {
        return !kind.equals(ACTUAL) && !kind.equals(ALL);
    }
}
