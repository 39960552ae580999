package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.triage.TriageVocabulary;
import uk.caredecisions.waitinglist.WaitingList;
import uk.caredecisions.waitinglist.WaitingListLoad;

/**
 * A recorded corpus of responses, not a test: every scenario's request and seeded variants of it
 * (fields dropped, tri-states and booleans changed), decided with fixed ids and a fixed clock, each
 * written as one line with the decision (or the errors) and the rules fired in order; then the
 * scenario run report and a seeded waiting list. Run it before and after an engine change and
 * compare the two files byte for byte.
 *
 * <pre>
 * java -Drepo.root=. -cp rules/target/classes:rules/target/test-classes:$(cat /tmp/cp.txt) \
 *     uk.caredecisions.scenarios.ResponseCorpus /tmp/corpus.jsonl [variants per scenario]
 * </pre>
 * {@code -DeveryRowARule=true}: every table row compiled and fired; {@code -Dcompiled=<folder>}: the rule set
 * loaded as kept compiled by {@link CompiledRuleSets}.
 */
public final class ResponseCorpus {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final String[] TRI = {"YES", "NO", "UNKNOWN"};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/corpus.jsonl");
        int variants = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        RuleSet ruleSet = Boolean.getBoolean("everyRowARule") ? BundledRuleSet.everyRowARule()
                : System.getProperty("compiled") != null ? compiledBefore(Path.of(System.getProperty("compiled"))) : BundledRuleSet.get();
        ScenarioLibrary library = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));
        List<String> lines = decisions(ruleSet, library, variants);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
            }
            RunReport report = new ScenarioRunner().run(library.scenarios(), ruleSet, library.untestedRows());
            w.write(RequestReader.MAPPER.writeValueAsString(report) + "\n");
            for (int size : new int[] {1, 50, 2000}) {
                JsonNode body = WaitingListLoad.list(size, TriageVocabulary.of(ruleSet).risks(), new Random(size));
                Object result;
                try {
                    result = new WaitingList(new DecisionEngine()).prioritise(body, date -> context(ruleSet, date == null ? LocalDate.of(2026, 11, 23) : date, new ArrayList<>()));
                } catch (InvalidRequestException e) {
                    result = Map.of("errors", e.errors());
                }
                w.write(RequestReader.MAPPER.writeValueAsString(result) + "\n");
            }
        }
        System.out.println("wrote " + (lines.size() + 4) + " lines to " + out);
    }

    /**
     * Two corpora of {@link #decisions} give the same answers: line by line the same decision or errors
     * byte for byte (each differing path named first, to be readable), and the same rules fired, as often
     * though not necessarily in the same order.
     */
    static void assertSameAnswers(List<String> actual, List<String> expected) throws Exception {
        org.assertj.core.api.Assertions.assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(500);
        for (int i = 0; i < actual.size(); i++) {
            ObjectNode got = (ObjectNode) RequestReader.MAPPER.readTree(actual.get(i));
            ObjectNode want = (ObjectNode) RequestReader.MAPPER.readTree(expected.get(i));
            List<String> gotRules = texts(got.remove("fired"));
            List<String> wantRules = texts(want.remove("fired"));
            String id = want.path("id").asText();
            org.assertj.core.api.Assertions.assertThat(differences(got, want, "")).as(id).isEmpty();
            org.assertj.core.api.Assertions.assertThat(got.toString()).as(id).isEqualTo(want.toString());
            org.assertj.core.api.Assertions.assertThat(gotRules).as("rules fired for " + id).containsExactlyInAnyOrderElementsOf(wantRules);
        }
    }

    /** Each path where two answers differ, with both values. */
    private static List<String> differences(JsonNode a, JsonNode b, String path) {
        List<String> out = new ArrayList<>();
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.addAll(differences(a.path(name), b.path(name), path + "/" + name));
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                out.addAll(differences(a.get(i), b.get(i), path + "/" + i));
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " against " + b);
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The bundled rule set as loaded from compiled rule sets kept in this folder (compiled and kept first if it is not there). */
    private static RuleSet compiledBefore(Path folder) throws InterruptedException {
        CompiledRuleSets compiled = CompiledRuleSets.in(folder);
        RuleSet ruleSet = new RuleSetBuilder(compiled).build(BundledRuleSet.source());
        if (!ruleSet.compiledBefore()) {
            compiled.startWriting();
            compiled.awaitWrites();
            ruleSet = new RuleSetBuilder(compiled).build(BundledRuleSet.source());
        }
        if (!ruleSet.compiledBefore()) {
            throw new IllegalStateException("The rule set could not be kept compiled in " + folder);
        }
        return ruleSet;
    }

    /** One JSON line per scenario request and per seeded variant of it: the request, the decision or errors, and the rules fired. */
    static List<String> decisions(RuleSet ruleSet, ScenarioLibrary library, int variants) throws Exception {
        Random random = new Random(20261203);
        List<String> lines = new ArrayList<>();
        for (Scenario s : library.scenarios()) {
            LocalDate asOf = s.asOf() != null ? s.asOf() : ScenarioRunner.DEFAULT_AS_OF;
            lines.add(line(s.id(), s.decision(), s.request(), asOf, ruleSet));
            for (int v = 0; v < variants; v++) {
                JsonNode variant = vary(s.request().deepCopy(), random);
                lines.add(line(s.id() + "#" + v, s.decision(), variant, asOf, ruleSet));
            }
        }
        return lines;
    }

    private static String line(String id, String decision, JsonNode request, LocalDate defaultAsOf, RuleSet ruleSet) throws Exception {
        DecisionType<?> type = DecisionTypes.all().byPath(decision).orElseThrow();
        List<String> fired = new ArrayList<>();
        LocalDate asOf = request.hasNonNull("asOf") && request.get("asOf").isTextual() && request.get("asOf").asText().matches("\\d{4}-\\d\\d-\\d\\d")
                ? LocalDate.parse(request.get("asOf").asText()) : defaultAsOf;
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("id", id);
        line.set("request", request.deepCopy());
        try {
            line.set("decision", RequestReader.MAPPER.valueToTree(DecisionTypes.decide(type, request, date -> context(ruleSet, asOf, fired))));
        } catch (InvalidRequestException e) {
            line.set("errors", RequestReader.MAPPER.valueToTree(e.errors()));
        } catch (RuntimeException e) {
            line.put("exception", e.getClass().getName() + ": " + e.getMessage());
        }
        line.set("fired", RequestReader.MAPPER.valueToTree(fired));
        return RequestReader.MAPPER.writeValueAsString(line) + "\n";
    }

    private static DecisionContext context(RuleSet ruleSet, LocalDate asOf, List<String> fired) {
        AtomicLong ids = new AtomicLong();
        return new DecisionContext(ruleSet, asOf, FIXED, () -> "id-" + ids.incrementAndGet(), e -> fired.addAll(e.fired()));
    }

    /** Drops, changes or keeps each field at random, into nested objects and arrays. */
    private static JsonNode vary(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (name.equals("asOf") || name.equals("caseReference")) {
                    continue;
                }
                int roll = random.nextInt(10);
                if (roll == 0) {
                    object.remove(name);
                } else if (roll <= 2) {
                    object.set(name, changed(object.get(name), random));
                } else {
                    object.set(name, vary(object.get(name), random));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, vary(array.get(i), random));
            }
            if (array.size() > 1 && random.nextInt(4) == 0) {
                array.remove(random.nextInt(array.size()));
            }
        }
        return node;
    }

    private static JsonNode changed(JsonNode value, Random random) {
        if (value.isBoolean()) {
            return JsonNodeFactory.instance.booleanNode(!value.asBoolean());
        }
        if (value.isTextual() && List.of(TRI).contains(value.asText())) {
            return TextNode.valueOf(TRI[random.nextInt(3)]);
        }
        if (value.isInt()) {
            return JsonNodeFactory.instance.numberNode(Math.max(0, value.asInt() + random.nextInt(61) - 30));
        }
        return vary(value, random);
    }
}
