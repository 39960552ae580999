package uk.caredecisions.safeguarding;

/**
 * Fact from the Modifiers table: a circumstance that on its own brings the concern to at least
 * {@code level} (serious harm or a death reaches the threshold whatever else is recorded), in the
 * state of its {@link ModifierFact}, and the row that says so.
 */
public record LevelFloor(String code, String field, String state, int level, String row) implements ModifierCircumstance {

    public boolean present() {
        return state.equals(ModifierFact.PRESENT);
    }

    public boolean possible() {
        return state.equals(ModifierFact.POSSIBLE);
    }
}
