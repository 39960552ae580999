package uk.caredecisions.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableLookup;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.TableTemplates;

/**
 * The table rows of a rule set that give the same answer whatever the case, read once when the rule
 * set is built instead of fired in every decision (issue 15):
 *
 * <ul>
 * <li><b>Standing rows</b>: rule-table rows with every condition cell blank (the settings rows, the
 * every-contact priority and sequel rows). Their rules match in every session of their area (the
 * knowledge base of their DRL package) and insert the same facts each time. They are fired once, in
 * an empty session of each area, when the rule set is built; the facts they inserted (immutable, so
 * shared) are given to every session of that area after its own facts, before the rules fire.</li>
 * <li><b>Lookup rows</b>: rows of the tables a catalogue declares a {@link TableLookup} for (names
 * of outcomes, sentences). After the rules have fired, each fact of the session is looked up by
 * its key; the facts the matching rows' rules would have inserted are added to the evaluation.</li>
 * </ul>
 *
 * <p>Either way the rows are still compiled with the rest of the rule set, so a bad cell fails the
 * build naming its cell as before; their rules are then taken out of the knowledge base. The
 * evaluation still lists each such row among the rules fired, whenever its rule would have fired,
 * so coverage and row metrics are unchanged, and each row still maps to its
 * {@code workbook!Sheet!Cell} through {@link RuleSet#rowsByRule()}.
 */
public final class RuleSetData {

    /** No row read once: every row a rule, as before issue 15. */
    public static final RuleSetData NONE = new RuleSetData(Map.of(), Map.of(), List.of(), Set.of());

    private record Row(DecisionTable table, TableRow row) {}

    /** One looked-up table: its rows by key, in table order. */
    private record Lookup(TableLookup lookup, Map<String, List<Row>> rows) {}

    private final Map<String, List<Object>> standingFacts;
    private final Map<String, List<String>> standingRows;
    private final List<Lookup> lookups;
    private final Set<String> rows;

    private RuleSetData(Map<String, List<Object>> standingFacts, Map<String, List<String>> standingRows, List<Lookup> lookups,
            Set<String> rows) {
        this.standingFacts = Map.copyOf(standingFacts);
        this.standingRows = Map.copyOf(standingRows);
        this.lookups = List.copyOf(lookups);
        this.rows = Set.copyOf(rows);
    }

    /**
     * Reads the standing and lookup rows of freshly built knowledge bases (by area) and takes their
     * rules out of them. None of {@code kieBases} may have been used for decisions yet.
     */
    static RuleSetData read(Map<String, KieBase> kieBases, List<DecisionTable> tables, TableTemplates templates) {
        Set<String> standing = new LinkedHashSet<>();
        List<Lookup> lookups = new ArrayList<>();
        Set<String> looked = new HashSet<>();
        for (DecisionTable table : tables) {
            if (table.isData()) {
                continue;
            }
            List<Integer> conditions = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.columns().get(c).keyword().equals("CONDITION")) {
                    conditions.add(c);
                }
            }
            TableLookup lookup = templates.lookup(table.name()).orElse(null);
            Map<String, List<Row>> byKey = new LinkedHashMap<>();
            for (TableRow row : table.rows()) {
                if (conditions.stream().allMatch(c -> row.value(c).isEmpty())) {
                    standing.add(row.id());
                } else if (lookup != null) {
                    byKey.computeIfAbsent(lookup.keyOf(table, row), k -> new ArrayList<>()).add(new Row(table, row));
                    looked.add(row.id());
                }
            }
            if (!byKey.isEmpty()) {
                lookups.add(new Lookup(lookup, Map.copyOf(byKey)));
            }
        }

        // Fire the standing rows once in each area: in an empty session they are the only table rows that can match.
        Map<String, List<Object>> standingFacts = new LinkedHashMap<>();
        Map<String, List<String>> standingRows = new LinkedHashMap<>();
        Set<String> readStanding = new HashSet<>();
        for (Map.Entry<String, KieBase> area : kieBases.entrySet()) {
            Map<String, List<Object>> inserted = new LinkedHashMap<>();
            List<String> fired = new ArrayList<>();
            KieSession probe = area.getValue().newKieSession();
            try {
                probe.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        if (event.getRule() != null && standing.contains(event.getRule().getName())) {
                            inserted.computeIfAbsent(event.getRule().getName(), r -> new ArrayList<>()).add(event.getObject());
                        }
                    }
                });
                probe.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        if (standing.contains(event.getMatch().getRule().getName())) {
                            fired.add(event.getMatch().getRule().getName());
                        }
                    }
                });
                probe.fireAllRules();
            } finally {
                probe.dispose();
            }
            List<String> rows = new ArrayList<>();
            List<Object> facts = new ArrayList<>();
            for (String row : standing) {
                // A row that did not fire exactly once is left a rule: only what is certain is read once.
                if (fired.stream().filter(row::equals).count() == 1) {
                    rows.add(row);
                    facts.addAll(inserted.getOrDefault(row, List.of()));
                }
            }
            standingRows.put(area.getKey(), List.copyOf(rows));
            standingFacts.put(area.getKey(), List.copyOf(facts));
            readStanding.addAll(rows);
        }

        Set<String> read = new HashSet<>(looked);
        read.addAll(readStanding);
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : List.copyOf(kieBase.getKiePackages())) {
                for (Rule rule : List.copyOf(pkg.getRules())) {
                    if (read.contains(rule.getName())) {
                        kieBase.removeRule(pkg.getName(), rule.getName());
                    }
                }
            }
            rewireNow(kieBase);
        }
        return new RuleSetData(standingFacts, standingRows, lookups, read);
    }

    /**
     * Removing rules leaves Drools to re-wire the rest of the package's code at the first insert
     * of any session. Left to the first decisions, that happens on one request thread while others
     * are already firing, and two copies of a consequence then define the same class: that rule
     * fails on every decision after (a LinkageError). One insert here, on the building thread, does
     * the re-wiring before the rule set is used.
     */
    private static void rewireNow(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new Object());
        } finally {
            session.dispose();
        }
    }

    /** The facts every session of an area starts with, after its own. */
    public List<Object> standingFacts(String area) {
        return standingFacts.getOrDefault(area, List.of());
    }

    /** Every row read here rather than compiled into the knowledge base. */
    public Set<String> rows() {
        return rows;
    }

    /**
     * Adds to the facts at the end of an evaluation what the standing and lookup rows' rules would
     * have inserted, and the rows themselves to the rules fired: the standing rows in table order,
     * then the looked-up rows in id order (a session's facts come in no fixed order), each as often
     * as its rule would have fired.
     */
    void complete(String area, List<Object> facts, List<String> fired) {
        fired.addAll(standingRows.getOrDefault(area, List.of()));
        if (lookups.isEmpty()) {
            return;
        }
        int looked = fired.size();
        for (int i = 0, n = facts.size(); i < n; i++) {
            Object fact = facts.get(i);
            for (Lookup lookup : lookups) {
                String key = lookup.lookup().keyOf(fact);
                if (key == null) {
                    continue;
                }
                for (Row row : lookup.rows().getOrDefault(key, List.of())) {
                    fired.add(row.row().id());
                    Object made = lookup.lookup().fact(row.table(), row.row(), fact);
                    if (made != null) {
                        facts.add(made);
                    }
                }
            }
        }
        fired.subList(looked, fired.size()).sort(null);
    }

    @Override
    public String toString() {
        int standing = standingRows.values().stream().mapToInt(List::size).sum();
        return "RuleSetData[" + standing + " standing rows, " + (rows.size() - standing) + " looked-up rows]";
    }
}
