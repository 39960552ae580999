package uk.caredecisions.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionEngine;

class SmokeTest {
    @Test
    void decides() {
        var req = new AdultEligibilityRequest("X", null, TriState.YES,
                Map.of(AdultOutcome.NUTRITION, new OutcomeDifficulty(false, true, false, false),
                        AdultOutcome.PERSONAL_HYGIENE, new OutcomeDifficulty(true, null, null, null)),
                TriState.YES, null, null, TriState.YES, 10);
        var d = new Eligibility(new DecisionEngine()).decideAdult(req, BundledRuleSet.context());
        System.out.println(d);
        System.out.println(d.details().record());
        assertThat(d.outcome()).isEqualTo("ELIGIBLE");
    }
}
