package uk.caredecisions.common;

/** A fact the worker records as known true, known false, or not yet known. {@code UNKNOWN} is never guessed. */
public enum TriState {
    YES, NO, UNKNOWN;

    public ConditionStatus asCondition() {
        return switch (this) {
            case YES -> ConditionStatus.MET;
            case NO -> ConditionStatus.NOT_MET;
            case UNKNOWN -> ConditionStatus.UNKNOWN;
        };
    }

    public static TriState orUnknown(TriState value) {
        return value == null ? UNKNOWN : value;
    }
}
