package uk.caredecisions.rulesets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A declaration that a table must have a row for every combination of its inputs. The inputs are
 * its CONDITION columns; each ranges over the column's allowed codes unless a {@link Domain} is
 * given for it here (a column of finding codes, whose values the law's rules decide).
 *
 * @param why the reason a gap matters, shown to the practice lead with each gap
 * @param domains values of condition columns that have no allowed-codes list, by column label
 */
public record Completeness(String why, Map<String, Domain> domains) {

    public Completeness {
        domains = Map.copyOf(domains);
    }

    /** Every combination of the condition columns' allowed codes needs a row. */
    public static Completeness required(String why) {
        return new Completeness(why, Map.of());
    }

    /** The column labelled {@code columnLabel} ranges over {@code domain}. */
    public Completeness over(String columnLabel, Domain domain) {
        Map<String, Domain> copy = new LinkedHashMap<>(domains);
        copy.put(columnLabel, domain);
        return new Completeness(why, copy);
    }
}
