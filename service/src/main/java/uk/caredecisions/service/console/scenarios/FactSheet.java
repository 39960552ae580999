package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario's request as lines a trainer reads aloud, not JSON: each fact's field path in words
 * ("Outcomes › Nutrition › Unable without assistance") and its value. The words come from the
 * field names; labels from the tables are for a later slice.
 */
public final class FactSheet {

    /** One fact: where it is in the request (the JSON path, for the what-if to come) and how it reads. */
    public record Fact(String path, String label, String value) {}

    private FactSheet() {}

    public static List<Fact> of(JsonNode request) {
        List<Fact> out = new ArrayList<>();
        walk("", "", request, out);
        return out;
    }

    private static void walk(String path, String label, JsonNode node, List<Fact> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.add(new Fact(path, label, "(nothing recorded)"));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String words = words(field.getKey());
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), label.isEmpty() ? words : label + " › " + words, field.getValue(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.add(new Fact(path, label, "(none)"));
            }
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", label + " " + (i + 1), node.get(i), out);
            }
        } else {
            out.add(new Fact(path, label, value(node)));
        }
    }

    private static String value(JsonNode node) {
        if (node.isBoolean()) {
            return node.asBoolean() ? "Yes" : "No";
        }
        String text = node.asText();
        return switch (text) {
            case "YES" -> "Yes";
            case "NO" -> "No";
            case "UNKNOWN" -> "Not known";
            default -> text;
        };
    }

    /** {@code needsFromImpairmentOrIllness} → "Needs from impairment or illness"; {@code PERSONAL_HYGIENE} → "Personal hygiene". */
    public static String words(String name) {
        return uk.caredecisions.scenarios.RequestVocabulary.words(name);
    }
}
