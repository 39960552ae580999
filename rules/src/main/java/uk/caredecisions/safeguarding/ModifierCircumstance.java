package uk.caredecisions.safeguarding;

/**
 * A circumstance of the Modifiers table, whether it raises the level ({@link LevelRaise}) or sets a
 * floor under it ({@link LevelFloor}): the field it reads and the state it is in. One pattern over
 * both, where a rule asks the same of either.
 */
public sealed interface ModifierCircumstance permits LevelRaise, LevelFloor {

    String field();

    String state();
}
