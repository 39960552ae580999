package uk.caredecisions.triage;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.TableRow;

/**
 * What a rule set's triage tables define, read once per rule set: the presenting-risk codes the API
 * accepts (every code in the TriagePriorities risk column, so a new row is a new code) and the
 * plain-English names of codes (TriageNames).
 */
public final class TriageVocabulary {

    private static final Map<String, TriageVocabulary> BY_RULE_SET = new ConcurrentHashMap<>();

    private final List<String> risks;
    private final Set<String> riskSet;
    private final Map<String, String> names;

    private TriageVocabulary(List<String> risks, Map<String, String> names) {
        this.risks = List.copyOf(risks);
        this.riskSet = Set.copyOf(risks);
        this.names = Map.copyOf(names);
    }

    /** The vocabulary of a rule set (cached by its sha256). */
    public static TriageVocabulary of(RuleSet ruleSet) {
        return BY_RULE_SET.computeIfAbsent(ruleSet.sha256(), sha -> read(ruleSet));
    }

    private static TriageVocabulary read(RuleSet ruleSet) {
        Set<String> risks = new LinkedHashSet<>();
        ruleSet.table(TriageTables.PRIORITIES).ifPresent(table -> {
            int column = table.columnIndex(TriageTables.RISK_LABEL);
            for (TableRow row : table.rows()) {
                String code = row.value(column);
                if (!code.isEmpty()) {
                    risks.add(code);
                }
            }
        });
        Map<String, String> names = new LinkedHashMap<>();
        ruleSet.table(TriageTables.NAMES).ifPresent(table -> {
            for (TableRow row : table.rows()) {
                names.putIfAbsent(row.value(0), row.value(1));
            }
        });
        return new TriageVocabulary(List.copyOf(risks), names);
    }

    /** The presenting-risk codes, in table order. */
    public List<String> risks() {
        return risks;
    }

    public boolean isRisk(String code) {
        return riskSet.contains(code);
    }

    /** The plain-English name of a code, or null. */
    public String name(String code) {
        return names.get(code);
    }
}
