package uk.caredecisions.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates facts against a rule set in a fresh stateless session: nothing carries over between
 * decisions, so the same facts and rule set always give the same findings.
 */
public final class DecisionEngine {

    private static final KieCommands COMMANDS = KieServices.Factory.get().getCommands();

    /** Evaluates under the context's rule set and tells the context's observer. */
    public Evaluation evaluate(DecisionContext context, Collection<?> facts) {
        Evaluation evaluation = evaluate(context.ruleSet(), facts);
        context.observer().accept(evaluation);
        return evaluation;
    }

    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts) {
        List<String> fired = new ArrayList<>();
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        List<Command<?>> commands = List.of(
                COMMANDS.newInsertElements(facts),
                COMMANDS.newFireAllRules(),
                COMMANDS.newGetObjects("facts"));
        try {
            ExecutionResults results = session.execute(COMMANDS.newBatchExecution(commands));
            @SuppressWarnings("unchecked")
            Collection<Object> all = (Collection<Object>) results.getValue("facts");
            return new Evaluation(ruleSet, List.copyOf(all), List.copyOf(fired));
        } catch (RuntimeException e) {
            throw new EvaluationException("Evaluation failed under rule set " + ruleSet.version(), e);
        }
    }
}
