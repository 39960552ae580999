package uk.caredecisions.safeguarding;

/**
 * Fact: a SAC type of abuse the concern counts under, from the request ({@code from} is
 * {@code abuseTypes}) or from the Indicators table ({@code from} is the indicator code).
 */
public record CountedAbuseType(String type, String from) {
    /** The {@code from} of a type the request sends. */
    public static final String SENT = "abuseTypes";
}
