package uk.caredecisions.benchmarks;

import java.util.List;
import java.util.Map;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import uk.caredecisions.eligibility.AdultEligibilityRequest;

/** Reg 2 as reg2-eligibility.dmn, evaluated by the Apache KIE DMN engine (10.2.0). */
public final class KieDmnReg2 {

    private final DMNRuntime runtime;
    private final DMNModel model;

    public KieDmnReg2() {
        Resource dmn = ResourceFactory.newClassPathResource("uk/caredecisions/benchmarks/" + Reg2Variables.DMN, KieDmnReg2.class);
        runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(dmn))
                .getOrElseThrow(e -> new IllegalStateException("reg2-eligibility.dmn does not load in KIE DMN", e));
        model = runtime.getModel("https://caredecisions.uk/benchmarks/reg2", "Reg 2 eligibility");
        if (model == null || model.hasErrors()) {
            throw new IllegalStateException("reg2-eligibility.dmn has errors: " + (model == null ? "no model" : model.getMessages()));
        }
    }

    public String decide(AdultEligibilityRequest request) {
        DMNResult result = evaluate(request);
        Object table = result.getDecisionResultByName("eligibility").getResult();
        // A table with one output gives the value itself; with a named output, a context.
        return String.valueOf(table instanceof Map<?, ?> m ? m.get("outcome") : table);
    }

    public long outcomesNotAchieved(AdultEligibilityRequest request) {
        return ((Number) evaluate(request).getDecisionResultByName("outcomesNotAchieved").getResult()).longValue();
    }

    private DMNResult evaluate(AdultEligibilityRequest request) {
        DMNContext context = runtime.newContext();
        Reg2Variables.of(request).forEach(context::set);
        DMNResult result = runtime.evaluateAll(model, context);
        if (result.hasErrors()) {
            throw new IllegalStateException("KIE DMN evaluation failed: " + result.getMessages());
        }
        return result;
    }
}
