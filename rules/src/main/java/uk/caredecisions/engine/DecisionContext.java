package uk.caredecisions.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/** What a decision needs besides its facts: the rule set in force on {@code asOf}, and where ids and timestamps come from. */
public record DecisionContext(RuleSet ruleSet, LocalDate asOf, Clock clock, Supplier<String> ids) {

    public static DecisionContext of(RuleSet ruleSet, LocalDate asOf) {
        return new DecisionContext(ruleSet, asOf, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }
}
