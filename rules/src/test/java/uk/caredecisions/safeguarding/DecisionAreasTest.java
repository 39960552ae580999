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
 * Each area's rules are a knowledge base of their own, so no rule of another area fires in a
 * decision, not even a row with every condition blank (the settings rows, the triage rows for every
 * contact: they fired, and were counted as hits, in every decision while all areas shared one), and
 * no reason of another area is given.
 */
class DecisionAreasTest {

    @Test
    void anEligibilityDecisionFiresNoRuleOfAnotherArea() throws Exception {
        List<String> fired = new ArrayList<>();
        var type = DecisionTypes.all().byPath("adult-eligibility").orElseThrow();
        Decision<?> d = DecisionTypes.decide(type, RequestReader.MAPPER.readTree("""
                {"needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}}}"""),
                asOf -> DecisionContext.of(BundledRuleSet.get(), LocalDate.of(2026, 11, 22)).observedBy(e -> fired.addAll(e.fired())));
        assertThat(fired).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("ADULT-"));
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule()).startsWith("ADULT-"));
    }

    @Test
    void aSafeguardingDecisionGivesOnlySafeguardingReasons() {
        var d = Concerns.pressureUlcerInANursingHome().decide();
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule()).startsWith("SG-"));
        assertThat(d.details().actionDetails()).allSatisfy(a -> assertThat(a.source()).startsWith("safeguarding-"));
    }
}
