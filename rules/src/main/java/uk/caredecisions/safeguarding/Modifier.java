package uk.caredecisions.safeguarding;

/**
 * The circumstances that raise a concern's threshold level (local threshold guidance: harm caused,
 * recurrence, other adults at risk, no remedial action, care plan not followed, a common
 * perpetrator). Each comes from one request field; how far each raises the level is the
 * Modifiers table's policy.
 */
public enum Modifier {
    HARM_SIGNIFICANT("harm"), HARM_SERIOUS("harm"), HARM_DEATH("harm"),
    RECURRENT("recurrent"),
    OTHER_ADULTS_AT_RISK("otherAdultsAtRisk"),
    NO_REMEDIAL_ACTION("providerRemedialAction"),
    CARE_PLAN_NOT_FOLLOWED("carePlanFollowed"),
    COMMON_PERPETRATOR("commonPerpetrator");

    private final String field;

    Modifier(String field) {
        this.field = field;
    }

    /** The request field that records this circumstance. */
    public String field() {
        return field;
    }
}
