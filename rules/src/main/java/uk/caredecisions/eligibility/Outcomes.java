package uk.caredecisions.eligibility;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Puts outcome codes in the order the regulations list them, for reasons and records. */
public final class Outcomes {

    private Outcomes() {}

    public static List<String> adultOrder(Collection<?> codes) {
        return codes.stream().map(String::valueOf).sorted(Comparator.comparingInt(Outcomes::adultRank)).toList();
    }

    public static List<String> carerOrder(Collection<?> codes) {
        return codes.stream().map(String::valueOf).sorted(Comparator.comparingInt(Outcomes::carerRank)).toList();
    }

    static int adultRank(String code) {
        return rank(AdultOutcome.class, code);
    }

    static int carerRank(String code) {
        return rank(CarerOutcome.class, code);
    }

    private static <E extends Enum<E>> int rank(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
