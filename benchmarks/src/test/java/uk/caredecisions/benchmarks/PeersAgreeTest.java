package uk.caredecisions.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caredecisions.common.Decision;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.eligibility.EligibilityDetails;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * The benchmark compares engines only on the same decision: the plain-Java baseline and both DMN
 * engines must give our engine's answers on every shared input, or the figures mean nothing.
 */
class PeersAgreeTest {

    private static RuleSet ruleSet;
    private static final List<AdultEligibilityRequest> INPUTS = SharedInputs.adults();
    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    @BeforeAll
    static void build() {
        ruleSet = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
    }

    private Decision<EligibilityDetails> ours(AdultEligibilityRequest request) {
        return eligibility.decideAdult(request, DecisionContext.of(ruleSet, LocalDate.of(2026, 11, 22)));
    }

    @Test
    void theSharedInputsReachEveryDetermination() {
        assertThat(INPUTS.stream().map(r -> ours(r).outcome()).distinct())
                .containsExactlyInAnyOrder("ELIGIBLE", "NOT_ELIGIBLE", "INSUFFICIENT_INFORMATION");
        assertThat(INPUTS.stream().map(r -> ours(r).details().outcomesNotAchieved().size()).distinct())
                .contains(0, 1, 2, 3, 10);
    }

    @Test
    void plainJavaGivesOurDeterminationAndOutcomesNotAchieved() {
        assertThat(Agreement.differences("plain Java", INPUTS, this::ours, new PlainReg2()::decide,
                d -> new PlainReg2.Answer(d.outcome(), d.details().outcomesNotAchieved()))).isEmpty();
    }

    @Test
    void camundaDmnGivesOurDeterminationAndCount() {
        CamundaReg2 camunda = new CamundaReg2();
        assertThat(Agreement.differences("Camunda DMN", INPUTS, this::ours, camunda::decide, Decision::outcome)).isEmpty();
        assertThat(Agreement.differences("Camunda DMN count", INPUTS, this::ours, camunda::outcomesNotAchieved,
                d -> (long) d.details().outcomesNotAchieved().size())).isEmpty();
    }

    @Test
    void kieDmnGivesOurDeterminationAndCount() {
        KieDmnReg2 kie = new KieDmnReg2();
        assertThat(Agreement.differences("KIE DMN", INPUTS, this::ours, kie::decide, Decision::outcome)).isEmpty();
        assertThat(Agreement.differences("KIE DMN count", INPUTS, this::ours, kie::outcomesNotAchieved,
                d -> (long) d.details().outcomesNotAchieved().size())).isEmpty();
    }

    @Test
    void aPeerThatDecidesDifferentlyIsCaught() {
        List<String> differences = Agreement.differences("always eligible", INPUTS, this::ours, r -> "ELIGIBLE", Decision::outcome);
        assertThat(differences).isNotEmpty();
        assertThat(differences.get(0)).contains("ours", "theirs ELIGIBLE");
    }
}
