package uk.caredecisions.safeguarding;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * Fact: the concern as the rules and tables see it, every code as text (so a table cell
 * {@code SERIOUS} compares directly) and every unrecorded fact as {@code UNKNOWN}.
 */
public record SafeguardingConcern(
        LocalDate receivedOn,
        String careAndSupportNeeds, String abuseOrNeglect, String unableToProtectSelf,
        List<String> abuseTypes, String location, String sourceOfRisk, String harm,
        String recurrent, String otherAdultsAtRisk, String childrenAtRisk, String providerRemedialAction,
        String carePlanFollowed, String commonPerpetrator, String crimeSuspected, String immediateDanger,
        String allegedAbuserInPositionOfTrust, String mentalCapacity, String adultWishes, String coercionOrDuress,
        String seriousRiskToLife, String substantialDifficultyBeingInvolved, String appropriatePersonAvailable,
        String adultIsACarer) {

    /** The value of a circumstance left out of the request that only raises a local threshold level. */
    public static final String NOT_REPORTED = "NOT_REPORTED";

    /**
     * The circumstances that override an adult's wish for no action, by request field, in the
     * order the statutory guidance lists them (others at risk, "including children").
     */
    public static final List<String> OVERRIDING_FIELDS = List.of(
            "otherAdultsAtRisk", "childrenAtRisk", "crimeSuspected", "allegedAbuserInPositionOfTrust", "coercionOrDuress", "seriousRiskToLife");

    /**
     * The overriding circumstances not yet known, as request field names. Immediate danger is a
     * serious risk to life unless the request says there is none, so with immediate danger an
     * unrecorded risk to life is not asked for.
     */
    public List<String> unknownOverridingFacts() {
        return OVERRIDING_FIELDS.stream().filter(f -> "UNKNOWN".equals(field(f)))
                .filter(f -> !(f.equals("seriousRiskToLife") && seriousRiskToLifeFromDanger()))
                .toList();
    }

    /** Immediate danger, with no statement that there is no serious risk to life. */
    public boolean seriousRiskToLifeFromDanger() {
        return immediateDanger.equals("YES") && !seriousRiskToLife.equals("NO");
    }

    /** The value of a field by its request name. */
    public String field(String name) {
        try {
            return (String) getClass().getMethod(name).invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** The same concern with one text field changed: for asking whether an unknown could change the outcome. */
    public SafeguardingConcern with(String name, String value) {
        RecordComponent[] components = SafeguardingConcern.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(this);
            }
            return SafeguardingConcern.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
