package uk.caredecisions.safeguarding;

/**
 * Fact from the Modifiers table: how far a circumstance raises the level, in the state of its
 * {@link ModifierFact}, and the row that says so.
 */
public record LevelRaise(String code, String field, String state, int raise, String row) implements ModifierCircumstance {

    public boolean present() {
        return state.equals(ModifierFact.PRESENT);
    }

    public boolean possible() {
        return state.equals(ModifierFact.POSSIBLE);
    }
}
