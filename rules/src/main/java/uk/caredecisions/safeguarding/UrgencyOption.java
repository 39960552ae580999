package uk.caredecisions.safeguarding;

/** Fact from the Urgency table: an urgency that matches, with its rank (higher is more urgent); the most urgent wins. */
public record UrgencyOption(String row, String urgency, int rank) {
    public UrgencyOption(String row, String urgency) {
        this(row, urgency, Urgency.valueOf(urgency).rank());
    }
}
