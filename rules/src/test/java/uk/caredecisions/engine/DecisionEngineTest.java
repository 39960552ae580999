package uk.caredecisions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultCase;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.CarerCase;
import uk.caredecisions.eligibility.EligibilityTables;

/**
 * The engine reuses pooled sessions for speed; these tests hold it to what a fresh stateless
 * session per call gives: the same facts and the same rules fired in the same order, and nothing
 * left over from one evaluation in the next.
 */
class DecisionEngineTest {

    private final DecisionEngine engine = new DecisionEngine();

    @Test
    void aPooledSessionGivesWhatAFreshStatelessSessionGives() {
        for (List<Object> facts : cases()) {
            Evaluation pooled = engine.evaluate(BundledRuleSet.get(), area(facts), facts);
            Evaluation fresh = freshStateless(BundledRuleSet.get(), facts);
            assertThat(pooled.fired()).isEqualTo(fresh.fired());
            assertThat(describe(pooled.facts())).containsExactlyInAnyOrderElementsOf(describe(fresh.facts()));
        }
    }

    @Test
    void rowsReadOncePerRuleSetGiveWhatFiringThemInEverySessionGives() {
        RuleSet readOnce = BundledRuleSet.get();
        assertThat(readOnce.data().rows()).isNotEmpty();
        for (List<Object> facts : cases()) {
            Evaluation looked = engine.evaluate(readOnce, area(facts), facts);
            Evaluation fired = freshStateless(BundledRuleSet.everyRowARule(), facts);
            // The same rows, as often; the rows read once are listed after the rules, the rest keep their order.
            assertThat(looked.fired()).containsExactlyInAnyOrderElementsOf(fired.fired());
            assertThat(looked.fired().stream().filter(r -> !readOnce.data().rows().contains(r)))
                    .containsExactlyElementsOf(fired.fired().stream().filter(r -> !readOnce.data().rows().contains(r)).toList());
            assertThat(describe(looked.facts())).containsExactlyInAnyOrderElementsOf(describe(fired.facts()));
        }
    }

    @Test
    void nothingCarriesOverFromOneEvaluationToTheNext() {
        List<List<Object>> cases = cases();
        List<List<String>> first = new ArrayList<>();
        for (List<Object> facts : cases) {
            first.add(engine.evaluate(BundledRuleSet.get(), area(facts), facts).fired());
        }
        for (int round = 0; round < 3; round++) {
            for (int i = cases.size() - 1; i >= 0; i--) {
                assertThat(engine.evaluate(BundledRuleSet.get(), area(cases.get(i)), cases.get(i)).fired()).isEqualTo(first.get(i));
            }
        }
    }

    @Test
    void aFailingEvaluationIsReportedAndTheNextOneIsClean() {
        List<Object> broken = new ArrayList<>(cases().get(0));
        broken.add(0, new AdultCase(null, TriState.YES, TriState.NO, null, null, java.util.List.of()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.evaluate(BundledRuleSet.get(), area(broken), broken))
                .isInstanceOf(EvaluationException.class);
        List<Object> good = cases().get(0);
        assertThat(engine.evaluate(BundledRuleSet.get(), area(good), good).fired()).isEqualTo(freshStateless(BundledRuleSet.get(), good).fired());
    }

    /** The area whose rules decide these facts: carers' or adults'. */
    private static String area(Collection<?> facts) {
        return facts.stream().anyMatch(CarerCase.class::isInstance) ? EligibilityTables.CARER_PACKAGE : EligibilityTables.ADULT_PACKAGE;
    }

    private static List<List<Object>> cases() {
        List<List<Object>> cases = new ArrayList<>();
        for (TriState impairment : TriState.values()) {
            for (TriState impact : TriState.values()) {
                for (int unable = 0; unable <= 3; unable++) {
                    List<Object> facts = new ArrayList<>();
                    facts.add(new AdultCase(impairment, impact, unable == 2 ? TriState.YES : TriState.UNKNOWN, unable == 2 ? 14 : null, null, java.util.List.of()));
                    for (AdultOutcome o : AdultOutcome.values()) {
                        boolean limb = o.ordinal() < unable;
                        facts.add(new uk.caredecisions.eligibility.OutcomeAssessment("adult", o.name(), o.ordinal(), limb, false, limb && unable == 3, false));
                    }
                    cases.add(facts);
                }
            }
        }
        cases.add(List.of(new CarerCase(TriState.YES, TriState.YES, TriState.YES, TriState.NO, null)));
        return cases;
    }

    /** Facts by value; findings (which have no equals) by kind, code, subject, rule and parameters. */
    private static List<String> describe(Collection<Object> facts) {
        return facts.stream().map(f -> f instanceof Finding finding
                ? finding + " " + finding.rule() + " " + finding.params() + " " + finding.row()
                : f instanceof uk.caredecisions.common.Wording w ? "Wording " + w.finding() + " " + w.finding().rule() + " " + w.template() + " " + w.row()
                : f.toString()).toList();
    }

    /**
     * The engine as it was before pooling: a new stateless session and the batch command API, with the
     * rule set's rows read once added as the engine adds them (none for {@link BundledRuleSet#everyRowARule()}).
     */
    private static Evaluation freshStateless(RuleSet ruleSet, Collection<?> facts) {
        KieCommands commands = KieServices.Factory.get().getCommands();
        List<String> fired = new ArrayList<>();
        StatelessKieSession session = ruleSet.kieBase(area(facts)).newStatelessKieSession();
        List<Object> all = new ArrayList<>(facts);
        all.addAll(ruleSet.data().standingFacts(area(facts)));
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        List<Command<?>> batch = List.of(commands.newInsertElements(all), commands.newFireAllRules(), commands.newGetObjects("facts"));
        ExecutionResults results = session.execute(commands.newBatchExecution(batch));
        @SuppressWarnings("unchecked")
        Collection<Object> left = (Collection<Object>) results.getValue("facts");
        List<Object> completed = new ArrayList<>(left);
        ruleSet.data().complete(area(facts), completed, fired);
        return new Evaluation(ruleSet, List.copyOf(completed), List.copyOf(fired));
    }

    @SuppressWarnings("unused")
    private static final Map<String, String> NOTHING = Map.of();
}
