package uk.caredecisions.rulesets;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which finding codes the rules of one package can conclude, so a wording table can be
 * checked for a missing sentence or a row no rule reaches. Codes built at run time
 * ({@code "PREFIX_" + $status}, {@code Finding.missing(rule, $field)}) are kept as prefixes.
 */
final class FindingCodes {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern CONCLUSION = Pattern.compile(
            "Finding\\.(reason|warning|nextStep|action|record)\\(\\s*drools\\.getRule\\(\\)\\s*,\\s*\"([A-Za-z0-9_$]+)\"\\s*(\\+)?");
    private static final Pattern MISSING = Pattern.compile("Finding\\.missing\\(\\s*drools\\.getRule\\(\\)\\s*,\\s*(\"([A-Za-z0-9]+)\"|[^)]+)\\)");

    private FindingCodes() {}

    static Set<String> of(RuleSetContents contents, String rulePackage) {
        Set<String> codes = new TreeSet<>();
        contents.lawDrl().values().forEach(drl -> {
            Matcher pkg = PACKAGE.matcher(drl);
            if (pkg.find() && pkg.group(1).equals(rulePackage)) {
                scan(drl, codes);
            }
        });
        for (DecisionTable table : contents.tables()) {
            if (!rulePackage.equals(table.rulePackage())) {
                continue;
            }
            for (TableColumn column : table.columns()) {
                if (!column.keyword().equals("ACTION")) {
                    continue;
                }
                Matcher m = CONCLUSION.matcher(column.snippet());
                while (m.find()) {
                    if (m.group(2).equals("$param")) {
                        table.rows().forEach(row -> {
                            if (!row.value(column.index()).isEmpty()) {
                                codes.add(row.value(column.index()));
                            }
                        });
                    } else {
                        codes.add(m.group(2) + (m.group(3) != null ? "*" : ""));
                    }
                }
            }
        }
        return codes;
    }

    private static void scan(String drl, Set<String> codes) {
        Matcher m = CONCLUSION.matcher(drl);
        while (m.find()) {
            codes.add(m.group(2) + (m.group(3) != null ? "*" : ""));
        }
        if (drl.contains("Finding.missingOutcome(")) {
            codes.add("MISSING_OUTCOME");
        }
        Matcher missing = MISSING.matcher(drl);
        while (missing.find()) {
            codes.add(missing.group(2) != null
                    ? "MISSING_" + missing.group(2).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
                    : "MISSING_*");
        }
    }
}
