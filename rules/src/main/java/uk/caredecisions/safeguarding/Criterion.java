package uk.caredecisions.safeguarding;

/** Fact: what was found on one s42(1) criterion (MET, NOT_MET, UNKNOWN), with the request field that feeds it. */
public record Criterion(String name, int number, String status, String field) {

    /** A recorded answer as a criterion's status: YES, EXPERIENCING and AT_RISK meet it; NO does not. */
    public static String status(String answer) {
        return switch (answer) {
            case "YES", "EXPERIENCING", "AT_RISK" -> "MET";
            case "NO" -> "NOT_MET";
            default -> "UNKNOWN";
        };
    }
}
