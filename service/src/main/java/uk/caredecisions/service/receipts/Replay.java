package uk.caredecisions.service.receipts;

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
                  List<Difference> differences, JsonNode replayed) {}

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
        JsonNode kept = read(receipt.response());
        // Read back from its JSON, as the kept answer is: a tree made from the answer itself holds a long as a long, the kept one as an int.
        JsonNode replayed = read(new JsonText(write(decide(receipt, ruleSet))));
        List<Difference> differences = new ArrayList<>();
        diff("", kept, replayed, differences);
        return new Result(receipt.decisionId(), receipt.ruleSetVersion(), ruleSet.version(), differences.isEmpty(), receipt.outcome(),
                replayed.path("outcome").asText(null), differences, replayed);
    }

    private Object decide(Receipt receipt, RuleSet ruleSet) {
        // The column keeps microseconds (PostgreSQL); the answer as given keeps the clock's own precision, nanoseconds on Linux.
        JsonNode given = read(receipt.response()).path("decidedAt");
        java.time.Instant decidedAt = given.isTextual() ? java.time.Instant.parse(given.asText()) : receipt.decidedAt();
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
