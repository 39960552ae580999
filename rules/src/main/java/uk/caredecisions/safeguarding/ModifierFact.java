package uk.caredecisions.safeguarding;

/**
 * Fact: a circumstance that may raise the threshold level, in one of three states: {@code PRESENT}
 * (recorded and raising), {@code POSSIBLE} (sent as UNKNOWN: it counts only when asking whether
 * the unknown could change the outcome) or {@code NOT_REPORTED} (left out of the request: the
 * decision is made without it and a warning names it).
 */
public record ModifierFact(String code, String field, String state) {
    public static final String PRESENT = "PRESENT";
    public static final String POSSIBLE = "POSSIBLE";
    public static final String NOT_REPORTED = "NOT_REPORTED";

    public boolean possible() {
        return state.equals(POSSIBLE);
    }
}
