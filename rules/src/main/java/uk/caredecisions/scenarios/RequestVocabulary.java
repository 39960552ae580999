package uk.caredecisions.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.safeguarding.SafeguardingTables;
import uk.caredecisions.triage.TriageVocabulary;

/**
 * How a rule set's tables speak of a decision type's request: the plain question a table column
 * asks about a field, the name a table gives a code, and the codes a table defines for a field
 * whose codes are not an enum (safeguarding indicators, triage presenting risks). The console's
 * forms and the scenario workbook's headers and drop-downs both read it.
 */
public final class RequestVocabulary {

    private final RuleSet ruleSet;
    private final String decision;
    private final Map<String, String> codeLabels;

    public RequestVocabulary(RuleSet ruleSet, String decision) {
        this.ruleSet = ruleSet;
        this.decision = decision;
        this.codeLabels = codeLabels();
    }

    /** The plain question of a table column that asks about the field, if any table does; else the field's name in words. */
    public String question(String field) {
        for (DecisionTable table : ruleSet.tables()) {
            if (!inArea(table)) {
                continue;
            }
            for (TableColumn column : table.columns()) {
                String snippet = column.snippet() == null ? "" : column.snippet();
                if ((snippet.startsWith(field + " ==") || snippet.contains("name == \"" + field + "\""))
                        && column.label() != null && !column.label().isBlank()) {
                    return column.label().replace("(blank: any)", "").replaceAll("\\(SAC[^)]*\\)", "").trim();
                }
            }
        }
        return words(field);
    }

    /** A code as the tables name it, with the code itself; or the code in words when no table names it. */
    public String codeText(String code) {
        String label = codeLabels.get(code);
        return label == null || label.isEmpty() ? words(code)
                : Character.toUpperCase(label.charAt(0)) + label.substring(1) + " (" + code + ")";
    }

    /** The codes the tables define for a list field whose elements are not an enum; empty when no table defines them. */
    public List<String> listedCodes(String field) {
        return switch (field) {
            case "indicators" -> SafeguardingTables.indicatorCodes(ruleSet);
            case "presentingRisks" -> TriageVocabulary.of(ruleSet).risks();
            default -> List.of();
        };
    }

    /** A field's or a code's name in words: {@code needsFluctuate} and {@code NEEDS_FLUCTUATE} both as "Needs fluctuate". */
    public static String words(String name) {
        String spaced = name.contains("_") ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** An enum's constants by name, in declaration order. */
    public static List<String> constants(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            out.add(((Enum<?>) constant).name());
        }
        return out;
    }

    private boolean inArea(DecisionTable table) {
        String prefix = switch (decision) {
            case "adult-eligibility" -> "Adult";
            case "carer-eligibility" -> "Carer";
            case "safeguarding-concern" -> "Safeguarding";
            case "triage" -> "Triage";
            default -> "";
        };
        return table.name().startsWith(prefix);
    }

    /** Every code a table of the decision's area names in plain English: the table's code column and its name column. */
    private Map<String, String> codeLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DecisionTable table : ruleSet.tables()) {
            if (!inArea(table)) {
                continue;
            }
            int text = -1;
            int code = -1;
            for (int i = 0; i < table.columns().size(); i++) {
                TableColumn column = table.columns().get(i);
                String label = column.label() == null ? "" : column.label();
                if (text < 0 && label.startsWith("Plain-English name")) {
                    text = i;
                }
                if (code < 0 && ("CONDITION".equalsIgnoreCase(column.keyword()) || label.equalsIgnoreCase("Code"))) {
                    code = i;
                }
            }
            if (text < 0 || code < 0) {
                continue;
            }
            for (TableRow row : table.rows()) {
                String c = row.value(code).trim();
                String t = row.value(text).trim();
                if (!c.isEmpty() && !t.isEmpty()) {
                    out.putIfAbsent(c, t);
                }
            }
        }
        return out;
    }
}
