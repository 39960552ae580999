package uk.caredecisions.safeguarding;

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

    /**
     * The circumstances that override an adult's wish for no action, by request field, in the
     * order the statutory guidance lists them.
     */
    public static final List<String> OVERRIDING_FIELDS = List.of(
            "otherAdultsAtRisk", "crimeSuspected", "allegedAbuserInPositionOfTrust", "coercionOrDuress", "seriousRiskToLife");

    /** The overriding circumstances not yet known, as request field names. */
    public List<String> unknownOverridingFacts() {
        return OVERRIDING_FIELDS.stream().filter(f -> "UNKNOWN".equals(field(f))).toList();
    }

    private String field(String name) {
        return switch (name) {
            case "otherAdultsAtRisk" -> otherAdultsAtRisk;
            case "crimeSuspected" -> crimeSuspected;
            case "allegedAbuserInPositionOfTrust" -> allegedAbuserInPositionOfTrust;
            case "coercionOrDuress" -> coercionOrDuress;
            case "seriousRiskToLife" -> seriousRiskToLife;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
