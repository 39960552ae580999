package uk.caredecisions.eligibility;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts outcome codes in the order the regulations list them, for reasons and records. */
public final class Outcomes {

    private Outcomes() {}

    public static List<String> adultOrder(Collection<?> codes) {
        return codes.stream().map(String::valueOf).sorted(Comparator.comparingInt(Outcomes::adultRank)).toList();
    }

    public static List<String> carerOrder(Collection<?> codes) {
        return codes.stream().map(String::valueOf).sorted(Comparator.comparingInt(Outcomes::carerRank)).toList();
    }

    // Looked up for every finding a decision sorts, so kept in maps rather than searched for.
    private static final Map<String, Integer> ADULT = ranks(AdultOutcome.values());
    private static final Map<String, Integer> CARER = ranks(CarerOutcome.values());

    /** An outcome code, or a missing field naming one ({@code outcomes.NUTRITION}), in reg 2(2) order. */
    static int adultRank(String code) {
        return ADULT.getOrDefault(outcome(code), Integer.MAX_VALUE);
    }

    static int carerRank(String code) {
        return CARER.getOrDefault(outcome(code), Integer.MAX_VALUE);
    }

    private static String outcome(String code) {
        return code.startsWith("outcomes.") ? code.substring("outcomes.".length()) : code;
    }

    private static Map<String, Integer> ranks(Enum<?>[] values) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Enum<?> e : values) {
            ranks.put(e.name(), e.ordinal());
        }
        return Map.copyOf(ranks);
    }
}
