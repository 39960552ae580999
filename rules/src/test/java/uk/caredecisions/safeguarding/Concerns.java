package uk.caredecisions.safeguarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;

/**
 * Test helper: a concern as JSON, starting from a clear s42 case in a nursing home (the api.md
 * example, every fact known), changed field by field, decided through the real decision type.
 */
final class Concerns {

    private final ObjectNode body;

    private Concerns(ObjectNode body) {
        this.body = body;
    }

    /** The api.md example with every optional fact known, below the level where wishes or unknowns matter. */
    static Concerns pressureUlcerInANursingHome() {
        ObjectNode b = RequestReader.MAPPER.createObjectNode();
        b.put("caseReference", "SG-000981");
        b.put("receivedAt", "2026-11-20T16:40:00Z");
        b.put("careAndSupportNeeds", "YES");
        b.put("abuseOrNeglect", "EXPERIENCING");
        b.put("unableToProtectSelf", "YES");
        b.putArray("abuseTypes").add("NEGLECT_AND_ACTS_OF_OMISSION");
        b.putArray("indicators").add("PRESSURE_ULCER_GRADE_3_OR_ABOVE");
        b.put("location", "CARE_HOME_NURSING");
        b.put("sourceOfRisk", "SERVICE_PROVIDER");
        b.put("harm", "SIGNIFICANT");
        b.put("recurrent", "NO");
        b.put("otherAdultsAtRisk", "NO");
        b.put("childrenAtRisk", "NO");
        b.put("providerRemedialAction", "NO");
        b.put("carePlanFollowed", "YES");
        b.put("commonPerpetrator", "NO");
        b.put("crimeSuspected", "NO");
        b.put("immediateDanger", "NO");
        b.put("allegedAbuserInPositionOfTrust", "NO");
        b.put("mentalCapacity", "LACKS_CAPACITY");
        b.put("adultWishes", "NOT_KNOWN");
        b.put("coercionOrDuress", "NO");
        b.put("seriousRiskToLife", "NO");
        b.put("substantialDifficultyBeingInvolved", "YES");
        b.put("appropriatePersonAvailable", "NO");
        b.put("adultIsACarer", "NO");
        return new Concerns(b);
    }

    /**
     * An isolated incident below the threshold: a missed care visit by a home-care provider, no harm,
     * the provider has acted, every fact known.
     */
    static Concerns missedVisitAtHome() {
        return pressureUlcerInANursingHome()
                .indicators("MISSED_CARE_VISIT").with("location", "OWN_HOME").with("harm", "NONE")
                .with("providerRemedialAction", "YES").with("mentalCapacity", "HAS_CAPACITY").with("adultWishes", "WANTS_ACTION")
                .with("substantialDifficultyBeingInvolved", "NO").with("appropriatePersonAvailable", "YES");
    }

    Concerns with(String field, String value) {
        body.put(field, value);
        return this;
    }

    Concerns with(String field, int value) {
        body.put(field, value);
        return this;
    }

    Concerns without(String field) {
        body.remove(field);
        return this;
    }

    Concerns indicators(String... codes) {
        var array = body.putArray("indicators");
        for (String c : codes) {
            array.add(c);
        }
        return this;
    }

    Concerns abuseTypes(String... codes) {
        var array = body.putArray("abuseTypes");
        for (String c : codes) {
            array.add(c);
        }
        return this;
    }

    JsonNode json() {
        return body;
    }

    @SuppressWarnings("unchecked")
    Decision<SafeguardingDetails> decide() {
        return decide(BundledRuleSet.get());
    }

    @SuppressWarnings("unchecked")
    Decision<SafeguardingDetails> decide(RuleSet ruleSet) {
        var type = DecisionTypes.all().byPath("safeguarding-concern").orElseThrow();
        return (Decision<SafeguardingDetails>) DecisionTypes.decide(type, body,
                asOf -> DecisionContext.of(ruleSet, LocalDate.of(2026, 11, 22)));
    }
}
