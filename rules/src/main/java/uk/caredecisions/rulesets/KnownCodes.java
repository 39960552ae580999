package uk.caredecisions.rulesets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caredecisions.common.CitationRegistry;

/**
 * The values a column's cells may take where they are known: the column's approved codes, the
 * citation keys of the registry, or the values of another table's column ({@link Reference}). One
 * source for the drop-downs the {@link WorkbookWriter} writes and for the {@code known-codes} check,
 * so what Excel offers is what validation accepts.
 */
public final class KnownCodes {

    /** What a column may hold: {@code codes}, described as {@code what}; {@code open} when another value may be typed (a new code). */
    public record Known(List<String> codes, String what, boolean open) {}

    private static final List<Reference> BUNDLED = load();

    private final List<DecisionTable> tables;
    private final List<Reference> references;
    private final TableTemplates templates;

    public KnownCodes(List<DecisionTable> tables, List<Reference> references, TableTemplates templates) {
        this.tables = List.copyOf(tables);
        this.references = List.copyOf(references);
        this.templates = templates;
    }

    /** The codes known from {@code tables} under every catalogue's declared references. */
    public static KnownCodes of(List<DecisionTable> tables) {
        return new KnownCodes(tables, BUNDLED, TableTemplates.bundled());
    }

    private static List<Reference> load() {
        List<Reference> all = new ArrayList<>();
        for (TableCatalogue catalogue : TableCatalogue.installed()) {
            all.addAll(catalogue.references());
        }
        return List.copyOf(all);
    }

    public List<Reference> references(String table) {
        return references.stream().filter(r -> r.table().equals(table)).toList();
    }

    /** The values of {@code label} in table {@code name} of this rule set, in order, numbers written plainly; empty when the table is absent. */
    public Optional<List<String>> values(String name, String label) {
        Set<String> values = new LinkedHashSet<>();
        boolean found = false;
        for (DecisionTable table : tables) {
            int column = table.name().equals(name) ? table.columnIndex(label) : -1;
            if (column < 0) {
                continue;
            }
            found = true;
            table.rows().stream().map(r -> normal(r.value(column))).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return found ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** What column {@code column} (0-based) of table {@code table}, labelled {@code label}, may hold, when known. */
    public Optional<Known> column(String table, int column, String label) {
        var approved = templates.columns(table).orElse(List.of());
        if (column < approved.size()) {
            TableTemplates.ColumnTemplate template = approved.get(column);
            if (!template.allowed().isEmpty()) {
                return Optional.of(new Known(template.allowed(), "the codes of this column", false));
            }
            if (isCitation(template.keyword(), template.snippet())) {
                return Optional.of(new Known(CitationRegistry.bundled().all().keySet().stream().sorted().toList(),
                        "a key of the citation registry", false));
            }
        }
        for (Reference reference : references(table)) {
            if (!reference.column().equalsIgnoreCase(label)) {
                continue;
            }
            if (reference.opensNewCodes()) {
                return values(table, label).map(v -> new Known(v, reference.where(), true));
            }
            return values(reference.definingTable(), reference.definingColumn()).map(v -> new Known(v, reference.where(), false));
        }
        return Optional.empty();
    }

    static boolean isCitation(String keyword, String snippet) {
        return keyword.equals("METADATA") && snippet.startsWith("citation(");
    }

    /** A number as it is compared and offered: 3, not 3.0. */
    public static String normal(String value) {
        if (CellLiterals.NUMBER.matcher(value).matches()) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
