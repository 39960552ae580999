package uk.caredecisions.rulesets;

/**
 * The whole numbers a table's column may hold, from {@code min} to {@code max}, and why: a number
 * outside them would compile and decide, silently and wrongly (a fluctuation period no case could
 * meet, a timescale of minus one day), so it is an error at its cell.
 */
public record NumberRange(String table, String column, long min, long max, String why) {

    public static NumberRange of(String table, String column, long min, long max, String why) {
        return new NumberRange(table, column, min, max, why);
    }
}
