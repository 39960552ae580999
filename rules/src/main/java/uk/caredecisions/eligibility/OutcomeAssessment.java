package uk.caredecisions.eligibility;

/**
 * Fact: one outcome as assessed for one party ({@code adult} or {@code carer}), in regulation order.
 * Every outcome is inserted, so an outcome left out of a request is one the person can achieve;
 * {@code notYetAssessed} marks one the assessment has not reached.
 */
public record OutcomeAssessment(String party, String code, int order, boolean unableWithoutAssistance,
        boolean significantPainDistressOrAnxiety, boolean endangersHealthOrSafety, boolean takesSignificantlyLonger,
        boolean notYetAssessed) {

    public OutcomeAssessment(String party, String code, int order, boolean unableWithoutAssistance,
            boolean significantPainDistressOrAnxiety, boolean endangersHealthOrSafety, boolean takesSignificantlyLonger) {
        this(party, code, order, unableWithoutAssistance, significantPainDistressOrAnxiety, endangersHealthOrSafety,
                takesSignificantlyLonger, false);
    }

    static OutcomeAssessment of(String party, Enum<?> outcome, OutcomeDifficulty d) {
        OutcomeDifficulty found = d == null ? OutcomeDifficulty.NONE : d;
        return new OutcomeAssessment(party, outcome.name(), outcome.ordinal(),
                Boolean.TRUE.equals(found.unableWithoutAssistance()),
                Boolean.TRUE.equals(found.significantPainDistressOrAnxiety()),
                Boolean.TRUE.equals(found.endangersHealthOrSafety()),
                Boolean.TRUE.equals(found.takesSignificantlyLonger()),
                Boolean.TRUE.equals(found.notYetAssessed()));
    }

    /** Any limb recorded, including one the law does not count for this party. */
    public boolean mentioned() {
        return unableWithoutAssistance || significantPainDistressOrAnxiety || endangersHealthOrSafety || takesSignificantlyLonger;
    }
}
