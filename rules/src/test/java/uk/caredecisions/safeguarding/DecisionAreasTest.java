package uk.caredecisions.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionTypes;

/**
 * Every area's rules share one knowledge base, so a safeguarding rule with no safeguarding fact in
 * its conditions would fire, and word a reason, in every other decision. None may.
 */
class DecisionAreasTest {

    @Test
    void anEligibilityDecisionFiresNoSafeguardingRuleBeyondItsSettingsRow() throws Exception {
        List<String> fired = new ArrayList<>();
        var type = DecisionTypes.all().byPath("adult-eligibility").orElseThrow();
        Decision<?> d = DecisionTypes.decide(type, RequestReader.MAPPER.readTree("""
                {"needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}}}"""),
                asOf -> DecisionContext.of(BundledRuleSet.get(), LocalDate.of(2026, 11, 22)).observedBy(e -> fired.addAll(e.fired())));
        assertThat(fired.stream().filter(r -> r.startsWith("SG-"))).containsOnly("SG-SET-01");
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule()).startsWith("ADULT-"));
    }

    @Test
    void aSafeguardingDecisionGivesOnlySafeguardingReasons() {
        var d = Concerns.pressureUlcerInANursingHome().decide();
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule()).startsWith("SG-"));
        assertThat(d.details().actionDetails()).allSatisfy(a -> assertThat(a.source()).startsWith("safeguarding-"));
    }
}
