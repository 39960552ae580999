package uk.caredecisions.rulesets.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import uk.caredecisions.rulesets.Completeness;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.Domain;
import uk.caredecisions.rulesets.HitPolicy;
import uk.caredecisions.rulesets.RuleSetContents;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.TableTemplates;

/**
 * What the table checks know besides the table: every catalogue's declarations (hit policy,
 * completeness), the approved allowed codes, and the rest of the rule set (for finding codes).
 */
public final class TableScope {

    private static final Declarations BUNDLED = Declarations.load();

    private final Declarations declarations;
    private final TableTemplates templates;
    private final RuleSetContents contents;

    /** Declarations gathered from every {@link TableCatalogue} on the class path. */
    public record Declarations(Map<String, HitPolicy> hitPolicies, Map<String, Completeness> completeness) {
        static Declarations load() {
            Map<String, HitPolicy> hit = new HashMap<>();
            Map<String, Completeness> complete = new HashMap<>();
            for (TableCatalogue catalogue : TableCatalogue.installed()) {
                hit.putAll(catalogue.hitPolicies());
                complete.putAll(catalogue.completeness());
            }
            return new Declarations(Map.copyOf(hit), Map.copyOf(complete));
        }
    }

    public TableScope(Declarations declarations, TableTemplates templates, RuleSetContents contents) {
        this.declarations = declarations;
        this.templates = templates;
        this.contents = contents;
    }

    public static TableScope bundled(RuleSetContents contents) {
        return new TableScope(BUNDLED, TableTemplates.bundled(), contents);
    }

    public HitPolicy hitPolicy(DecisionTable table) {
        return declarations.hitPolicies().getOrDefault(table.name(), HitPolicy.UNIQUE);
    }

    /** Whether the catalogue said how many rows may apply, or the checks assume one. */
    public boolean hitPolicyDeclared(DecisionTable table) {
        return declarations.hitPolicies().containsKey(table.name());
    }

    public Optional<Completeness> completeness(DecisionTable table) {
        return Optional.ofNullable(declarations.completeness().get(table.name()));
    }

    /** The values condition column {@code column} can take, when known: declared in the catalogue, else its allowed codes. */
    public Optional<Set<String>> domain(DecisionTable table, int column) {
        String label = table.columns().get(column).label();
        Optional<Domain> declared = completeness(table).flatMap(c -> c.domains().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(label)).map(Map.Entry::getValue).findFirst());
        if (declared.isPresent()) {
            return Optional.of(declared.get().values(contents));
        }
        var approved = templates.approved().get(table.name());
        if (approved != null && column < approved.size() && !approved.get(column).allowed().isEmpty()) {
            return Optional.of(new LinkedHashSet<>(approved.get(column).allowed()));
        }
        return Optional.empty();
    }

    public RuleSetContents contents() {
        return contents;
    }

    public List<DecisionTable> tables() {
        return contents.tables();
    }
}
