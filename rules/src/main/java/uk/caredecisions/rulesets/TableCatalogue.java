package uk.caredecisions.rulesets;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A decision area's approved tables: table name to its columns. Each area lists its catalogue in
 * {@code META-INF/services/uk.caredecisions.rulesets.TableCatalogue}.
 *
 * <p>Two optional declarations drive the table checks (gaps, conflicts): which tables must cover
 * every input combination, and which may let several rows apply to one case. A table the
 * catalogue says nothing about is checked as single-hit, and its overlaps are only warnings.
 */
public interface TableCatalogue {
    Map<String, List<WorkbookWriter.Column>> tables();

    /** The package the rules of {@code table} are generated in; null for reference data, which is never compiled. */
    default String rulePackage(String table) {
        return null;
    }

    /** The classes the rules of {@code table} import. */
    default List<String> imports(String table) {
        return List.of();
    }

    /** Tables that must have a row for every combination of their inputs (by table name); none by default. */
    default Map<String, Completeness> completeness() {
        return Map.of();
    }

    /** How many rows may apply to one case, by table name; tables not listed are assumed {@link HitPolicy#UNIQUE}. */
    default Map<String, HitPolicy> hitPolicies() {
        return Map.of();
    }

    /** Columns whose values another table defines (a level on the Levels sheet); none by default. */
    default List<Reference> references() {
        return List.of();
    }

    /**
     * Tables whose rows only name things (labels, sentences), by table name: read once per rule set
     * and looked up by each decision rather than fired as rules. None by default.
     */
    default Map<String, TableLookup> lookups() {
        return Map.of();
    }

    /** The ranges of its number columns; none by default (a column without one takes any number). */
    default List<NumberRange> ranges() {
        return List.of();
    }

    /** Every catalogue on the class path (each decision area's), found once. */
    static List<TableCatalogue> installed() {
        return Installed.ALL;
    }

    /** Holder: the catalogues are looked up the first time they are asked for. */
    final class Installed {
        private static final List<TableCatalogue> ALL = ServiceLoader.load(TableCatalogue.class, TableCatalogue.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();

        private Installed() {}
    }
}
