package uk.caredecisions.safeguarding;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of local threshold guidance: a concern starts at the highest base level of the
 * indicators it reports and each circumstance present raises it by the Modifiers table's amount,
 * up to the highest level. The amounts are policy (tables); only the adding-up is here.
 */
public final class Threshold {

    private Threshold() {}

    /**
     * The level for one question: {@code ACTUAL} counts what is known; a field name also counts
     * that unknown field at its worst; {@code ALL} counts every unknown at its worst. With no
     * indicator reported, the question {@code indicators} (and {@code ALL}) is the highest level.
     */
    public static int level(String kind, Collection<?> indicators, Collection<?> raises, int highest) {
        boolean noIndicators = indicators.isEmpty();
        if (noIndicators && (kind.equals("indicators") || kind.equals(ThresholdQuestion.ALL))) {
            return highest;
        }
        int level = indicators.stream().mapToInt(i -> ((IndicatorLevel) i).level()).max().orElse(0);
        Map<String, Integer> worstByField = new TreeMap<>();
        for (Object o : raises) {
            LevelRaise raise = (LevelRaise) o;
            if (!raise.possible()) {
                level += raise.raise();
            } else if (kind.equals(ThresholdQuestion.ALL) || kind.equals(raise.field())) {
                worstByField.merge(raise.field(), raise.raise(), Math::max);
            }
        }
        for (int worst : worstByField.values()) {
            level += worst;
        }
        return Math.max(0, Math.min(highest, level));
    }
}
