package uk.caredecisions.safeguarding;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The arithmetic of local threshold guidance. A concern starts at its base level: the highest of
 * the levels of the indicators it reports and of the SAC types of abuse it sends that no reported
 * indicator is counted under (an indicator refines its type's level). Each circumstance present
 * raises it by the Modifiers table's amount; a circumstance with a floor brings it to at least that
 * level on its own; never above the highest level. The amounts are policy (tables); only the
 * adding-up is here.
 */
public final class Threshold {

    /** The question asked when neither a type of abuse nor an indicator is recorded. */
    public static final String NOTHING_RECORDED = "abuseTypes";

    private Threshold() {}

    /**
     * The level for one question: {@code ACTUAL} counts what is known; a field name also counts
     * that unknown field at its worst; {@code ALL} counts every unknown at its worst. With neither a
     * type of abuse nor an indicator recorded, the questions {@code abuseTypes} and {@code ALL} are
     * the highest level.
     */
    public static int level(String kind, Collection<?> indicators, Collection<?> typeLevels, Collection<?> countedTypes,
            Collection<?> raises, Collection<?> floors, int highest) {
        if (indicators.isEmpty() && typeLevels.isEmpty()
                && (kind.equals(NOTHING_RECORDED) || kind.equals(ThresholdQuestion.ALL))) {
            return highest;
        }
        Set<String> refined = countedTypes.stream().map(t -> (CountedAbuseType) t)
                .filter(t -> !t.from().equals(CountedAbuseType.SENT)).map(CountedAbuseType::type).collect(Collectors.toSet());
        int level = Math.max(
                indicators.stream().mapToInt(i -> ((IndicatorLevel) i).level()).max().orElse(0),
                typeLevels.stream().map(t -> (AbuseTypeLevel) t).filter(t -> !refined.contains(t.type()))
                        .mapToInt(AbuseTypeLevel::level).max().orElse(0));
        Map<String, Integer> worstByField = new TreeMap<>();
        for (Object o : raises) {
            LevelRaise raise = (LevelRaise) o;
            if (raise.present()) {
                level += raise.raise();
            } else if (raise.possible() && counts(kind, raise.field())) {
                worstByField.merge(raise.field(), raise.raise(), Math::max);
            }
        }
        for (int worst : worstByField.values()) {
            level += worst;
        }
        for (Object o : floors) {
            LevelFloor floor = (LevelFloor) o;
            if (floor.present() || (floor.possible() && counts(kind, floor.field()))) {
                level = Math.max(level, floor.level());
            }
        }
        return Math.max(0, Math.min(highest, level));
    }

    private static boolean counts(String kind, String field) {
        return kind.equals(ThresholdQuestion.ALL) || kind.equals(field);
    }
}
