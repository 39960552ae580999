package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.Decision;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Decides a kept request again: under its own rule-set version (on its recorded asOf, at its
 * recorded decidedAt, with its id) the answer must be the one kept, byte for byte as JSON; under
 * another version it shows what that policy would have said. Nothing is recorded by a replay.
 */
@Component
class Replay {

    /** One field that differs, by its JSON path. */
    record Difference(String path, JsonNode kept, JsonNode replayed) {}

    /** The result of a replay: identical, or each difference. */
    record Result(String decisionId, String keptUnder, String replayedUnder, boolean identical, String keptOutcome, String replayedOutcome,
                  List<Difference> differences, @io.swagger.v3.oas.annotations.media.Schema(implementation = JsonNode.class) JsonText replayed) {}

    private final RuleSets ruleSets;
    private final ObjectMapper json;

    Replay(RuleSets ruleSets, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.json = json;
    }

    /** {@code under}: null for the receipt's own version, {@code current} for the one in force on its asOf today, or a version. */
    Result replay(Receipt receipt, String under) {
        RuleSet ruleSet = ruleSetFor(receipt, under);
        return compare(receipt, ruleSet);
    }

    RuleSet ruleSetFor(Receipt receipt, String under) {
        if (under == null || under.isBlank()) {
            return ruleSets.version(receipt.ruleSetVersion()).orElseThrow(() -> new NotFoundException(
                    "Rule set " + receipt.ruleSetVersion() + ", which decided " + receipt.decisionId() + ", is no longer kept."));
        }
        if (under.equals("current")) {
            return ruleSets.inForceOn(receipt.asOf());
        }
        return ruleSets.version(under).orElseThrow(() -> new NotFoundException("There is no rule set " + under + "."));
    }

    JsonNode kept(Receipt receipt) {
        return read(receipt.response());
    }

    Result compare(Receipt receipt, RuleSet ruleSet) {
        JsonText replayed = new JsonText(write(decide(receipt, ruleSet)));
        List<Difference> differences = new ArrayList<>();
        if (!replayed.equals(receipt.response())) {
            diff(top(receipt.response()), top(replayed), differences);
        }
        Object outcome = top(replayed).fields().get("outcome");
        return new Result(receipt.decisionId(), receipt.ruleSetVersion(), ruleSet.version(), differences.isEmpty(), receipt.outcome(),
                outcome instanceof JsonNode node ? node.asText(null) : null, differences, replayed);
    }

    /**
     * An answer's top-level fields, each as a tree but for arrays, kept as where each element lies:
     * a waiting list of 100,000 cases is compared a case at a time, never as two trees (about 1 GB).
     */
    private record Top(byte[] json, Map<String, Object> fields) {

        JsonNode element(int[] range) {
            try {
                return READER.readTree(json, range[0], range[1] - range[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper READER = new ObjectMapper();

    private static Top top(JsonText text) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        try (JsonParser parser = READER.createParser(text.utf8())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    List<int[]> elements = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        parser.finishToken();
                        elements.add(new int[] {start, (int) parser.currentLocation().getByteOffset()});
                    }
                    fields.put(name, elements);
                } else {
                    fields.put(name, parser.readValueAsTree());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Top(text.utf8(), fields);
    }

    @SuppressWarnings("unchecked")
    private static void diff(Top kept, Top replayed, List<Difference> out) {
        java.util.Set<String> names = new java.util.TreeSet<>(kept.fields().keySet());
        names.addAll(replayed.fields().keySet());
        for (String name : names) {
            Object k = kept.fields().get(name);
            Object r = replayed.fields().get(name);
            if (k instanceof List<?> ks && r instanceof List<?> rs && ks.size() == rs.size()) {
                for (int i = 0; i < ks.size(); i++) {
                    diff("/" + name + "/" + i, kept.element((int[]) ks.get(i)), replayed.element((int[]) rs.get(i)), out);
                }
            } else {
                diff("/" + name, tree(kept, k), tree(replayed, r), out);
            }
        }
    }

    /** A field as a tree (an array read whole only where the two differ in length); missing as a missing node, as path() gives. */
    @SuppressWarnings("unchecked")
    private static JsonNode tree(Top top, Object field) {
        if (field == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (field instanceof JsonNode node) {
            return node;
        }
        var array = READER.createArrayNode();
        ((List<int[]>) field).forEach(range -> array.add(top.element(range)));
        return array;
    }

    private Object decide(Receipt receipt, RuleSet ruleSet) {
        // The column keeps microseconds (PostgreSQL); the answer as given keeps the clock's own precision, nanoseconds on Linux.
        Object given = top(receipt.response()).fields().get("decidedAt");
        java.time.Instant decidedAt = given instanceof JsonNode g && g.isTextual() ? java.time.Instant.parse(g.asText()) : receipt.decidedAt();
        if (receipt.decisionType().equals("WAITING_LIST")) {
            Clock at = Clock.fixed(decidedAt, ZoneOffset.UTC);
            return new uk.caredecisions.waitinglist.WaitingList(new uk.caredecisions.engine.DecisionEngine())
                    .prioritise(receipt.request().utf8(), asOf -> new DecisionContext(ruleSet, asOf == null ? receipt.asOf() : asOf, at,
                            receipt::decisionId, e -> { }));
        }
        return decideCase(receipt, ruleSet, decidedAt);
    }

    /**
     * One case's decision again, at {@code decidedAt}: for an impact, where only the outcome and the
     * reasons are compared, the column's instant is near enough (no rule reads the clock's nanoseconds).
     */
    Decision<?> decideCase(Receipt receipt, RuleSet ruleSet, java.time.Instant decidedAt) {
        Clock at = Clock.fixed(decidedAt, ZoneOffset.UTC);
        JsonNode request = read(receipt.request());
        var type = DecisionTypes.all().paths().stream().map(p -> DecisionTypes.all().byPath(p).orElseThrow())
                .filter(t -> t.type().equals(receipt.decisionType())).findFirst()
                .orElseThrow(() -> new NotFoundException("Decision type " + receipt.decisionType() + " is not known to this service."));
        Decision<?> decision = DecisionTypes.decide(type, request,
                asOf -> new DecisionContext(ruleSet, asOf == null ? receipt.asOf() : asOf, at, receipt::decisionId, e -> { }));
        return decision;
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(JsonText text) {
        try {
            return json.readTree(text.utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void diff(String path, JsonNode kept, JsonNode replayed, List<Difference> out) {
        if (kept.equals(replayed)) {
            return;
        }
        if (kept.isObject() && replayed.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            kept.fieldNames().forEachRemaining(names::add);
            replayed.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path + "/" + name, kept.path(name), replayed.path(name), out);
            }
            return;
        }
        if (kept.isArray() && replayed.isArray() && kept.size() == replayed.size()) {
            for (int i = 0; i < kept.size(); i++) {
                diff(path + "/" + i, kept.get(i), replayed.get(i), out);
            }
            return;
        }
        out.add(new Difference(path.isEmpty() ? "/" : path, kept, replayed));
    }
}
