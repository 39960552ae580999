package uk.caredecisions.engine;

import java.util.List;
import java.util.stream.Stream;

/** What one stateless evaluation left behind: every fact at the end, and the rules fired in order. */
public record Evaluation(RuleSet ruleSet, List<Object> facts, List<String> fired) {

    public <T> Stream<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }
}
