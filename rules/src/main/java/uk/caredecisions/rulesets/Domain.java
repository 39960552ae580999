package uk.caredecisions.rulesets;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The values an input column of a table can take in a given rule set. A value ending in
 * {@code *} stands for every code with that prefix (a code the law's rules build at run time,
 * such as {@code IMPAIRMENT_OR_ILLNESS_} followed by the condition's status).
 */
@FunctionalInterface
public interface Domain {

    Set<String> values(RuleSetContents contents);

    static Domain of(Collection<String> codes) {
        Set<String> copy = new LinkedHashSet<>(codes);
        return contents -> copy;
    }

    /** Every finding code the rules of {@code rulePackage} can conclude: in the law's DRL and in its tables' result cells. */
    static Domain findingCodes(String rulePackage) {
        return contents -> FindingCodes.of(contents, rulePackage);
    }

    /** True when {@code value} is one of {@code values}, literally or through a prefix. */
    static boolean contains(Set<String> values, String value) {
        if (values.contains(value)) {
            return true;
        }
        return values.stream().anyMatch(v -> v.endsWith("*") && value.startsWith(v.substring(0, v.length() - 1)));
    }
}
