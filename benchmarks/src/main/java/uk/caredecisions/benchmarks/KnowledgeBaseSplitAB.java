package uk.caredecisions.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Would a knowledge base per decision type be faster? The bundled rule set against a copy with the
 * triage and safeguarding rules removed, deciding adults in alternating 2 s windows on one thread,
 * after checking both give the same outcome and reasons on every shared input.
 * {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.KnowledgeBaseSplitAB [rounds]}
 */
public final class KnowledgeBaseSplitAB {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        RuleSetSource source = RuleSetSource.fromDirectory(Repo.tables());
        RuleSet whole = new RuleSetBuilder(true).build(source);
        RuleSet eligibilityOnly = new RuleSetBuilder(true).build(source);
        int removed = 0;
        for (KiePackage pkg : List.copyOf(eligibilityOnly.kieBase().getKiePackages())) {
            if (pkg.getName().startsWith("uk.caredecisions.triage") || pkg.getName().startsWith("uk.caredecisions.safeguarding")) {
                for (Rule rule : List.copyOf(pkg.getRules())) {
                    eligibilityOnly.kieBase().removeRule(pkg.getName(), rule.getName());
                    removed++;
                }
            }
        }
        KieSession rewire = eligibilityOnly.kieBase().newKieSession();
        rewire.insert(new Object());
        rewire.dispose();

        Eligibility eligibility = new Eligibility(new DecisionEngine());
        List<AdultEligibilityRequest> adults = SharedInputs.adults();
        LocalDate asOf = EligibilityBenchmark.AS_OF;
        long differences = adults.stream().filter(r -> {
            var a = eligibility.decideAdult(r, DecisionContext.of(whole, asOf));
            var b = eligibility.decideAdult(r, DecisionContext.of(eligibilityOnly, asOf));
            return !a.outcome().equals(b.outcome()) || !a.reasons().toString().equals(b.reasons().toString());
        }).count();
        System.out.printf("%d rules removed; %d differences in %d shared inputs%n", removed, differences, adults.size());
        for (int round = 0; round < 2 * rounds; round++) {
            RuleSet ruleSet = round % 2 == 0 ? whole : eligibilityOnly;
            long end = System.nanoTime() + 2_000_000_000L;
            int n = 0;
            while (System.nanoTime() < end) {
                eligibility.decideAdult(adults.get(n % adults.size()), DecisionContext.of(ruleSet, asOf));
                n++;
            }
            System.out.printf("%-18s %,d adult decisions/s%n", round % 2 == 0 ? "whole rule set" : "eligibility only", n / 2);
        }
    }
}
