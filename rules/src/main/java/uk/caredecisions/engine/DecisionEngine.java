package uk.caredecisions.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * Evaluates facts against a rule set in a session of their own: nothing carries over between
 * decisions, so the same facts and rule set always give the same findings.
 *
 * <p>Sessions come from a pool per knowledge base rather than a new stateless session per call:
 * disposing a pooled session resets its working memory and agenda and returns it to the pool, so
 * each evaluation still starts empty, without paying for a new session's node memories each time
 * (about a third of the engine's cost per decision, measured in benchmarks/). The session API is
 * called directly rather than through the command (batch) API for the same reason.
 */
public final class DecisionEngine {

    /** Pools for the last knowledge bases made one (one per area of a rule set); a superseded rule set's pools are dropped after a while. */
    private static final int POOLS_KEPT = 32;
    private static final int POOL_INITIAL_SIZE = 2;

    // Looked up without a lock on every decision (decisions of the four areas interleave); the oldest
    // pool is dropped, not shut down, when one too many is made: a thread may still hold it.
    private final Map<KieBase, KieSessionsPool> pools = new ConcurrentHashMap<>();
    private final Deque<KieBase> made = new ArrayDeque<>();

    /**
     * One thread uses a session from start to end of an evaluation, so the session need not guard
     * its propagation queue against other threads (Drools' default does, at a cost on every insert).
     */
    private static final KieSessionConfiguration SESSION = sessionConfiguration(ThreadSafeOption.NO);

    /**
     * A rule set loaded as compiled before (Drools' executable model) needs thread-safe sessions all the
     * same: unless the session is, each rule's consequence reuses one array of facts for every session of
     * the knowledge base (LambdaConsequence, Drools 10.2.0), so two threads deciding at once would read
     * each other's facts.
     */
    private static final KieSessionConfiguration COMPILED_BEFORE = sessionConfiguration(ThreadSafeOption.YES);

    private static KieSessionConfiguration sessionConfiguration(ThreadSafeOption option) {
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(option);
        return conf;
    }

    /** Evaluates under the context's rule set, with the rules of one area (a DRL package), and tells the context's observer. */
    public Evaluation evaluate(DecisionContext context, String area, Collection<?> facts) {
        Evaluation evaluation = evaluate(context.ruleSet(), area, facts);
        context.observer().accept(evaluation);
        return evaluation;
    }

    public Evaluation evaluate(RuleSet ruleSet, String area, Collection<?> facts) {
        FiredRules fired = new FiredRules();
        KieSession session = pool(ruleSet.kieBase(area)).newKieSession(ruleSet.compiledBefore() ? COMPILED_BEFORE : SESSION);
        session.addEventListener(fired);
        RuleSetData data = ruleSet.data();
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            for (Object fact : data.standingFacts(area)) {
                session.insert(fact);
            }
            session.fireAllRules();
            Collection<?> left = session.getObjects();
            List<Object> all = new ArrayList<>(left.size() + 32);
            all.addAll(left);
            data.complete(area, all, fired.names);
            return new Evaluation(ruleSet, Collections.unmodifiableList(all), Collections.unmodifiableList(fired.names));
        } catch (RuntimeException e) {
            throw new EvaluationException("Evaluation failed under rule set " + ruleSet.version(), e);
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }

    private KieSessionsPool pool(KieBase kieBase) {
        KieSessionsPool pool = pools.get(kieBase);
        if (pool != null) {
            return pool;
        }
        synchronized (made) {
            pool = pools.get(kieBase);
            if (pool == null) {
                pool = kieBase.newKieSessionsPool(POOL_INITIAL_SIZE);
                pools.put(kieBase, pool);
                made.addLast(kieBase);
                if (made.size() > POOLS_KEPT) {
                    pools.remove(made.removeFirst());
                }
            }
        }
        return pool;
    }

    /** The names of the rules fired, in firing order: coverage and table-row metrics read them. */
    private static final class FiredRules extends DefaultAgendaEventListener {
        private final List<String> names = new ArrayList<>(48);

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            names.add(event.getMatch().getRule().getName());
        }
    }
}
