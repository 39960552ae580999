package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionType;

/** A request decided as the API decides it (the same reading, checks and engine): the decision as JSON, or what the request got wrong. */
public record Attempt(JsonNode decision, List<FieldError> refused) {

    public static Attempt of(DecisionType<?> type, JsonNode request, Function<LocalDate, DecisionContext> contexts) {
        try {
            Decision<?> decision = uk.caredecisions.engine.DecisionTypes.decide(type, request, contexts);
            return new Attempt(RequestReader.MAPPER.valueToTree(decision), List.of());
        } catch (InvalidRequestException e) {
            return new Attempt(null, e.errors());
        }
    }

    public boolean decided() {
        return decision != null;
    }
}
