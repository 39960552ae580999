package uk.caredecisions.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a decision needs besides its facts: the rule set in force on {@code asOf}, where ids and
 * timestamps come from, and who watches each evaluation (coverage, metrics).
 */
public record DecisionContext(RuleSet ruleSet, LocalDate asOf, Clock clock, Supplier<String> ids, Consumer<Evaluation> observer) {

    public static DecisionContext of(RuleSet ruleSet, LocalDate asOf) {
        return new DecisionContext(ruleSet, asOf, Clock.systemUTC(), () -> UUID.randomUUID().toString(), e -> { });
    }

    public DecisionContext observedBy(Consumer<Evaluation> another) {
        return new DecisionContext(ruleSet, asOf, clock, ids, observer.andThen(another));
    }
}
