package uk.caredecisions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import uk.caredecisions.eligibility.AdultEligibilityRequest;

/** Reg 2 as reg2-eligibility.dmn, evaluated by Camunda's DMN engine (7.24, FEEL by feel-scala). */
public final class CamundaReg2 {

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    public CamundaReg2() {
        try (InputStream in = CamundaReg2.class.getResourceAsStream(Reg2Variables.DMN)) {
            decision = engine.parseDecision("eligibility", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String decide(AdultEligibilityRequest request) {
        return engine.evaluateDecision(decision, Reg2Variables.of(request)).getSingleResult().getEntry("outcome");
    }

    /** The required decision's answer on its own, for the agreement check. */
    public long outcomesNotAchieved(AdultEligibilityRequest request) {
        DmnDecision count = decision.getRequiredDecisions().iterator().next();
        Object value = engine.evaluateDecision(count, Reg2Variables.of(request)).getSingleResult().getSingleEntry();
        return ((Number) value).longValue();
    }
}
