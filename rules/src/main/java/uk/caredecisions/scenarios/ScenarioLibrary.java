package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scenario library: every {@code *.yaml} file under a folder (one case, or several under
 * {@code cases:} sharing the file's decision and tags), plus any scenario workbooks
 * ({@code *.scenarios.xlsx}, one case per row).
 */
public final class ScenarioLibrary {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private final Path root;
    private final List<Scenario> scenarios;
    private final Map<String, String> untestedRows;

    private ScenarioLibrary(Path root, List<Scenario> scenarios, Map<String, String> untestedRows) {
        this.root = root;
        this.scenarios = List.copyOf(scenarios);
        this.untestedRows = Map.copyOf(untestedRows);
    }

    public static ScenarioLibrary load(Path root) {
        List<Scenario> all = new ArrayList<>();
        Map<String, String> untested = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = root.relativize(file).toString().replace('\\', '/');
                if (name.equals(UNTESTED_FILE)) {
                    JsonNode rows = YAML.readTree(file.toFile());
                    if (rows != null && rows.isObject()) {
                        rows.fields().forEachRemaining(e -> untested.put(e.getKey(), e.getValue().asText()));
                    }
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    all.addAll(parse(id, YAML.readTree(file.toFile())));
                } else if (name.endsWith(".scenarios.xlsx")) {
                    all.addAll(ScenarioWorkbook.read(id, Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenario library " + root, e);
        }
        return new ScenarioLibrary(root, all, untested);
    }

    /** The file listing table rows deliberately left without a scenario, each with the reason. */
    public static final String UNTESTED_FILE = "untested-rows.yaml";

    /** The cases of one scenario file's YAML text, as the library reads them. */
    public static List<Scenario> parse(String id, String yaml) {
        try {
            return parse(id, YAML.readTree(yaml));
        } catch (IOException e) {
            throw new IllegalArgumentException(id + ": not YAML a scenario file can hold", e);
        }
    }

    static List<Scenario> parse(String id, JsonNode file) {
        if (file == null || !file.isObject()) {
            throw new IllegalArgumentException(id + ": a scenario file must be a YAML mapping");
        }
        List<Scenario> out = new ArrayList<>();
        JsonNode cases = file.get("cases");
        if (cases != null && cases.isArray()) {
            for (int i = 0; i < cases.size(); i++) {
                out.add(scenario(id + "#" + (i + 1), cases.get(i), file));
            }
        } else {
            out.add(scenario(id, file, file));
        }
        return out;
    }

    static Scenario scenario(String id, JsonNode node, JsonNode file) {
        String decision = text(node, "decision", text(file, "decision", null));
        if (decision == null) {
            throw new IllegalArgumentException(id + ": 'decision' is required (adult-eligibility, carer-eligibility, ...)");
        }
        JsonNode request = node.get("request");
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException(id + ": 'request' is required");
        }
        Set<String> tags = new LinkedHashSet<>(strings(file.get("tags")));
        tags.addAll(strings(node.get("tags")));
        JsonNode expect = node.get("expect");
        if (expect == null || !expect.isObject()) {
            throw new IllegalArgumentException(id + ": 'expect' is required");
        }
        Expectation expectation = new Expectation(text(expect, "outcome", null), strings(expect.get("reasons")),
                strings(expect.get("notReasons")), strings(expect.get("warnings")), strings(expect.get("missing")), expect.get("fields"));
        String asOf = text(node, "asOf", text(file, "asOf", null));
        return new Scenario(id, text(node, "name", id), decision, List.copyOf(tags), text(node, "narrative", ""),
                strings(node.get("citations")), asOf == null ? null : LocalDate.parse(asOf), request, expectation);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText().strip();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(it.next().asText());
            }
        }
        return out;
    }

    public Path root() {
        return root;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public Map<String, String> untestedRows() {
        return untestedRows;
    }

    /** Scenarios with any of the tags (all when none given) whose id starts with the file filter (all when null). */
    public List<Scenario> select(List<String> tags, String file) {
        return scenarios.stream()
                .filter(s -> tags == null || tags.isEmpty() || tags.stream().anyMatch(s::hasTag))
                .filter(s -> file == null || file.isBlank() || s.id().startsWith(file))
                .toList();
    }
}
