package uk.caredecisions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.DialectRuntimeData;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.eligibility.EligibilityTables;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultCase;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.OutcomeAssessment;

/**
 * A service that has just started (or activated a rule set) is called by many case systems at
 * once. Taking the rows read once out of the knowledge base left Drools to re-wire the rules' code
 * lazily, at the first insert of whichever session came first, while other sessions were already
 * firing: two copies of a rule's consequence then defined the same class, and that rule failed
 * with a LinkageError on every later decision until a restart (every adult decision answered 500).
 */
class FirstConcurrentUseTest {

    @Test
    void aBuiltRuleSetLeavesNoRewiringForItsFirstDecisionToDo() {
        RuleSet ruleSet = new RuleSetBuilder().build(BundledRuleSet.source());
        assertThat(ruleSet.data().rows()).isNotEmpty();
        for (KiePackage pkg : ruleSet.kiePackages()) {
            DialectRuntimeData java = ((InternalKnowledgePackage) pkg).getDialectRuntimeRegistry().getDialectData("java");
            if (java != null) {
                assertThat(java.isDirty()).as("package %s still to be re-wired", pkg.getName()).isFalse();
            }
        }
    }

    @Test
    void sixteenThreadsDecidingAFreshRuleSetsFirstCasesAtOnceAllGetAnswers() throws Exception {
        RuleSet ruleSet = new RuleSetBuilder().build(BundledRuleSet.source());
        DecisionEngine engine = new DecisionEngine();
        int threads = 16;
        CyclicBarrier together = new CyclicBarrier(threads);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                running.add(pool.submit(() -> {
                    together.await();
                    for (int i = 0; i < 20; i++) {
                        try {
                            engine.evaluate(ruleSet, EligibilityTables.ADULT_PACKAGE, adultCase((first + i) % 4));
                        } catch (EvaluationException e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failed).hasValue(0);
    }

    /** An adult with an impairment affecting wellbeing, unable to achieve {@code unable} outcomes. */
    private static List<Object> adultCase(int unable) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AdultCase(TriState.YES, TriState.YES, unable == 2 ? TriState.YES : TriState.UNKNOWN, unable == 2 ? 14 : null, null, List.of()));
        for (AdultOutcome o : AdultOutcome.values()) {
            boolean limb = o.ordinal() < unable;
            facts.add(new OutcomeAssessment("adult", o.name(), o.ordinal(), limb, false, limb && unable == 3, false));
        }
        return facts;
    }
}
