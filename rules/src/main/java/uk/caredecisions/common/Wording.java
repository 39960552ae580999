package uk.caredecisions.common;

import uk.caredecisions.rulesets.TableLookup;

/**
 * A sentence a wording-table row gives to a finding. {@code template} may name the finding's
 * parameters as {@code {name}}; {@code row} is the table row's rule name, mapped to its cell.
 */
public record Wording(Finding finding, String template, String row) {

    /**
     * A wording table of {@code decision} looked up as its rows' rules would match: a row whose rule is
     * {@code $f : Finding(decision == "<decision>", code == "<cell>")} and inserts
     * {@code new Wording($f, "<sentence>", <row>)} gives that to every finding of its code.
     */
    public static TableLookup lookup(String decision) {
        return TableLookup.of(Finding.class, f -> f.decision().equals(decision) ? f.code() : null, 1, 2,
                (f, sentence, row) -> new Wording(f, sentence, row));
    }
}
