package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * Mutated decision bodies over real HTTP, from the README's examples: fields deleted, types
 * swapped, extreme numbers and instants, unknown codes, huge strings, nesting, nulls. Never a 5xx,
 * and every 400 names at least one field. Fixed seed, so a failure can be replayed.
 */
@Tag("slow")
@LifecycleIntegrationTest
class BadInputFuzzIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int PER_ENDPOINT = 1_000;

    @LocalServerPort
    int port;

    private static final Map<String, String> EXAMPLES = Map.of(
            "/v1/decisions/adult-eligibility", """
                {"caseReference": "LAS-123456", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"significantPainDistressOrAnxiety": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": 14}""",
            "/v1/decisions/carer-eligibility", """
                {"providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO",
                 "outcomes": {"HABITABLE_HOME": {"significantPainDistressOrAnxiety": true}}, "significantImpactOnWellbeing": "YES"}""",
            "/v1/decisions/safeguarding-concern", """
                {"caseReference": "SG-000981", "receivedAt": "2026-11-20T16:40:00Z", "careAndSupportNeeds": "YES",
                 "abuseOrNeglect": "EXPERIENCING", "unableToProtectSelf": "YES", "abuseTypes": ["NEGLECT_AND_ACTS_OF_OMISSION"],
                 "indicators": ["PRESSURE_ULCER_GRADE_3_OR_ABOVE"], "location": "CARE_HOME_NURSING", "sourceOfRisk": "SERVICE_PROVIDER",
                 "harm": "SIGNIFICANT", "recurrent": "NO", "otherAdultsAtRisk": "UNKNOWN", "childrenAtRisk": "NO",
                 "providerRemedialAction": "NO", "crimeSuspected": "NO", "immediateDanger": "NO", "allegedAbuserInPositionOfTrust": "NO",
                 "mentalCapacity": "LACKS_CAPACITY", "adultWishes": "NOT_KNOWN", "coercionOrDuress": "NO",
                 "substantialDifficultyBeingInvolved": "YES", "appropriatePersonAvailable": "NO"}""",
            "/v1/waiting-list/prioritise", """
                {"asOf": "2026-11-23", "cases": [{"caseReference": "W-1", "waitingSince": "2026-10-01", "lastContactAt": "2026-11-02T10:30:00Z",
                 "triage": {"contactReceivedAt": "2026-10-01T09:00:00Z", "routeOfAccess": "COMMUNITY", "personType": "ADULT"}}]}""");

    private static final JsonNode[] ODD = {
            F.nullNode(), F.textNode(""), F.textNode("MAYBE"), F.numberNode(-1), F.numberNode(Long.MAX_VALUE), F.numberNode(1e308),
            F.numberNode(new java.math.BigInteger("99999999999999999999999999")), F.booleanNode(true), F.arrayNode(), F.objectNode(),
            F.textNode("+999999999-12-31T23:59:59.999999999Z"), F.textNode("-999999999-01-01T00:00:00Z"), F.textNode("0001-01-01"),
            F.textNode("+999999999-12-31"), F.textNode("2026-02-30"), F.textNode("x".repeat(10_000)), F.textNode("\u0000\u202e<script>"),
            F.textNode("2026-11-20T16:40:00+25:00")};

    @Test
    void mutatedBodiesNeverGiveA5xxAndEvery400NamesAField() throws Exception {
        Random random = new Random(20261202L);
        Http http = new Http(port);
        int requests = 0;
        List<String> fiveHundreds = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long deadline = System.nanoTime() + 55_000_000_000L;
        for (var example : EXAMPLES.entrySet()) {
            JsonNode original = JSON.readTree(example.getValue());
            for (int i = 0; i < PER_ENDPOINT && System.nanoTime() < deadline; i++) {
                JsonNode body = original.deepCopy();
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    body = mutate(body, random);
                }
                String text = body.toString();
                Http.Response response = http.post(example.getKey(), text, Http.CLIENT);
                requests++;
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() >= 500) {
                    fiveHundreds.add(example.getKey() + " " + abbreviate(text) + " -> " + abbreviate(response.body()));
                } else if (response.status() == 400) {
                    JsonNode errors = response.json().path("errors");
                    if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("field").asText().isEmpty()) {
                        unnamed.add(example.getKey() + " " + abbreviate(text) + " -> " + abbreviate(response.body()));
                    }
                }
            }
        }
        System.out.printf("Bad-input fuzz: %d requests, statuses %s, 5xx: %d%n", requests, statuses, fiveHundreds.size());
        assertThat(requests).isGreaterThan(1_000);
        assertThat(fiveHundreds).as("5xx answers").isEmpty();
        assertThat(unnamed).as("400s naming no field").isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** One mutation somewhere in the tree: delete, replace with an odd value, wrap, nest or add an unknown field. */
    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return root;
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        int kind = random.nextInt(6);
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (kind) {
                case 0 -> object.remove(name);
                case 1, 2 -> object.set(name, odd(random));
                case 3 -> object.set(name, F.arrayNode().add(object.get(name)));
                case 4 -> object.set(name, nested(random.nextInt(2) == 0 ? 5 : 300));
                default -> object.set("unknown" + random.nextInt(5), odd(random));
            }
        } else if (target instanceof ArrayNode array) {
            if (array.size() > 0 && kind < 3) {
                array.set(random.nextInt(array.size()), odd(random));
            } else {
                array.add(odd(random));
            }
        }
        return random.nextInt(40) == 0 ? odd(random) : root;
    }

    /** A fresh copy: the odd containers must not grow from one body to the next. */
    private static JsonNode odd(Random random) {
        return ODD[random.nextInt(ODD.length)].deepCopy();
    }

    private static JsonNode nested(int depth) {
        JsonNode node = F.textNode("deep");
        for (int i = 0; i < depth; i++) {
            node = F.objectNode().set("a", node);
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
