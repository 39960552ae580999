package uk.caredecisions.waitinglist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.triage.RouteOfAccess;
import uk.caredecisions.triage.TriageVocabulary;

/**
 * A load measurement, not a test: builds a realistic unallocated list (seeded, so every run sends
 * the same list), prioritises it in process through the real rules and prints the timings. With a
 * file argument it also writes the list as a request body, for timing the HTTP call
 * ({@code service/src/test/load/waiting-list.sh}); {@code --write-only} skips the in-process runs.
 *
 * <pre>
 * mvn -o -q -B -pl rules test-compile
 * java -Drepo.root=. -cp rules/target/classes:rules/target/test-classes:$(cat /tmp/cp.txt) \
 *     uk.caredecisions.waitinglist.WaitingListLoad 10000 [/tmp/list.json] [--write-only]
 * </pre>
 */
public final class WaitingListLoad {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        RuleSet ruleSet = BundledRuleSet.get();
        ObjectNode body = list(size, TriageVocabulary.of(ruleSet).risks(), new Random(20261123));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), RequestReader.MAPPER.writeValueAsString(body));
            System.out.println("wrote " + args[1]);
        }
        if (Arrays.asList(args).contains("--write-only")) {
            return;
        }
        WaitingList list = new WaitingList(new DecisionEngine());
        String json = RequestReader.MAPPER.writeValueAsString(body);
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 15; run++) {
            long read = System.nanoTime();
            JsonNode fresh = RequestReader.MAPPER.readTree(bytes); // the list mutates the tree it reads
            long started = System.nanoTime();
            WaitingListResult result = list.prioritise(fresh, asOf -> DecisionContext.of(ruleSet, asOf));
            long decided = System.nanoTime();
            int written = RequestReader.MAPPER.writeValueAsBytes(result).length;
            long done = System.nanoTime();
            long ms = (decided - started) / 1_000_000;
            times.add(ms);
            System.out.printf("run %2d: %d cases in %d ms (%d escalated); reading the %,d-byte body as a tree %d ms, writing the %,d-byte answer %d ms%n",
                    run + 1, result.cases().size(), ms, result.summary().escalate(), bytes.length, (started - read) / 1_000_000, written,
                    (done - decided) / 1_000_000);
        }
        long[] warm = times.subList(5, times.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("after 5 warm-up runs: median %d ms, best %d ms, worst %d ms for %d cases on %d processors%n",
                warm[warm.length / 2], warm[0], warm[warm.length - 1], size, Runtime.getRuntime().availableProcessors());
        System.out.println("all runs: " + Arrays.toString(times.toArray()));
    }

    /** A list like a county's: mostly one or two low-level risks, some urgent, waits of up to six months. */
    public static ObjectNode list(int size, List<String> risks, Random random) {
        ObjectNode body = RequestReader.MAPPER.createObjectNode();
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        body.put("asOf", asOf.toString());
        ArrayNode cases = body.putArray("cases");
        RouteOfAccess[] routes = RouteOfAccess.values();
        String[] tri = {"YES", "NO", "UNKNOWN"};
        for (int i = 0; i < size; i++) {
            ObjectNode c = cases.addObject();
            c.put("caseReference", "LAS-" + (100000 + i));
            LocalDate since = asOf.minusDays(random.nextInt(180));
            c.put("waitingSince", since.toString());
            if (random.nextInt(3) > 0) {
                c.put("lastContactAt", since.plusDays(random.nextInt((int) Math.max(1, asOf.toEpochDay() - since.toEpochDay()))).toString());
            }
            ObjectNode t = c.putObject("triage");
            t.put("routeOfAccess", random.nextInt(4) == 0 ? routes[random.nextInt(routes.length)].name() : "COMMUNITY");
            ArrayNode r = t.putArray("presentingRisks");
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                r.add(risks.get(random.nextInt(risks.size())));
            }
            t.put("appearsToHaveCareAndSupportNeeds", random.nextInt(10) == 0 ? "UNKNOWN" : "YES");
            t.put("urgentNeed", tri[random.nextInt(3)]);
            t.put("refusesAssessment", random.nextInt(12) == 0 ? "YES" : "NO");
            t.put("lacksCapacityToRefuse", tri[random.nextInt(3)]);
            t.put("substantialDifficultyBeingInvolved", tri[random.nextInt(3)]);
            t.put("appropriatePersonAvailable", tri[random.nextInt(3)]);
        }
        return body;
    }
}
