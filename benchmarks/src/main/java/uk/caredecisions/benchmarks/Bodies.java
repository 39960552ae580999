package uk.caredecisions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;

/**
 * Request bodies for a decision type, as a case system would send them: every scenario in
 * test-scenarios/ for that type that expects a decision (not a rejected request), with its asOf.
 * A type with no scenarios yet falls back to the shared inputs (eligibility only), so the
 * figures exist from the first day; a new decision type needs only scenario files.
 *
 * <p>{@code java -cp benchmarks.jar uk.caredecisions.benchmarks.Bodies OUT} writes
 * {@code OUT/<path>/<n>.json} for every decision type, for {@code load.sh}.
 */
public final class Bodies {

    private static final Map<String, List<JsonNode>> FALLBACK = Map.of(
            "adult-eligibility", SharedInputs.adults().stream().map(Bodies::json).toList(),
            "carer-eligibility", SharedInputs.carers().stream().map(Bodies::json).toList());

    private Bodies() {}

    public static List<JsonNode> forDecision(String path) {
        List<JsonNode> bodies = new ArrayList<>();
        if (Files.isDirectory(Repo.scenarios())) {
            for (Scenario s : ScenarioLibrary.load(Repo.scenarios()).scenarios()) {
                if (s.decision().equals(path) && !"INVALID_REQUEST".equals(s.expect().outcome())) {
                    ObjectNode body = s.request().deepCopy();
                    if (s.asOf() != null && !body.has("asOf")) {
                        body.put("asOf", s.asOf().toString());
                    }
                    bodies.add(body);
                }
            }
        }
        return bodies.isEmpty() ? FALLBACK.getOrDefault(path, List.of()) : bodies;
    }

    static JsonNode json(Object request) {
        ObjectNode node = RequestReader.MAPPER.valueToTree(request);
        List<String> nulls = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            }
        });
        node.remove(nulls);
        if (!node.has("asOf")) {
            node.put("asOf", EligibilityBenchmark.AS_OF.toString());
        }
        return node;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bodies");
        for (String path : DecisionTypes.all().paths()) {
            List<JsonNode> bodies = forDecision(path);
            Path dir = Files.createDirectories(out.resolve(path));
            for (int i = 0; i < bodies.size(); i++) {
                Files.writeString(dir.resolve(String.format("%04d.json", i)), RequestReader.MAPPER.writeValueAsString(bodies.get(i)));
            }
            System.out.println(path + ": " + bodies.size() + " bodies");
        }
    }
}
