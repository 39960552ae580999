package uk.caredecisions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.DecisionRequest;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;

/** Every decision type on the class path, by path segment. */
public final class DecisionTypes {

    private static final DecisionTypes ALL = load();

    private final Map<String, DecisionType<?>> byPath;

    private DecisionTypes(Map<String, DecisionType<?>> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static DecisionTypes all() {
        return ALL;
    }

    public Optional<DecisionType<?>> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public List<String> paths() {
        return byPath.keySet().stream().sorted().toList();
    }

    /** Reads and checks a JSON request of this type; throws {@link InvalidRequestException} naming every bad field. */
    public static <R extends DecisionRequest> R read(DecisionType<R> type, JsonNode body, RuleSet ruleSet) {
        R request = RequestReader.read(body, type.requestType());
        List<FieldError> errors = type.check(request, ruleSet);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return request;
    }

    /**
     * Reads, checks and decides a JSON request; {@code contexts} picks the rule set in force on the
     * request's {@code asOf} (null meaning today).
     */
    public static <R extends DecisionRequest> Decision<?> decide(DecisionType<R> type, JsonNode body,
            Function<LocalDate, DecisionContext> contexts) {
        R request;
        try {
            request = RequestReader.read(body, type.requestType());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(withTableChecks(type, body, e.errors(), contexts));
        }
        DecisionContext context = contexts.apply(request.asOf());
        List<FieldError> errors = type.check(request, context.ruleSet());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return type.decide(request, context);
    }

    /** The reader's errors and, from what could be read, those of the checks only the rule set can make: all in one answer. */
    private static <R extends DecisionRequest> List<FieldError> withTableChecks(DecisionType<R> type, JsonNode body, List<FieldError> errors,
            Function<LocalDate, DecisionContext> contexts) {
        List<FieldError> all = new java.util.ArrayList<>(errors);
        RequestReader.partial(body, type.requestType(), errors).ifPresent(partial -> {
            try {
                for (FieldError more : type.check(partial, contexts.apply(partial.asOf()).ruleSet())) {
                    if (all.stream().noneMatch(e -> e.field().equals(more.field()))) {
                        all.add(more);
                    }
                }
            } catch (RuntimeException e) {
                // No rule set for that date, or a check that needs a field that was bad: the reader's errors stand alone.
            }
        });
        return all;
    }

    @SuppressWarnings("rawtypes")
    private static DecisionTypes load() {
        Map<String, DecisionType<?>> types = new LinkedHashMap<>();
        for (DecisionType type : ServiceLoader.load(DecisionType.class, DecisionTypes.class.getClassLoader())) {
            types.put(type.path(), type);
        }
        return new DecisionTypes(types);
    }
}
