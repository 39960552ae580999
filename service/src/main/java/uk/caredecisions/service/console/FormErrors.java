package uk.caredecisions.service.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a form, for a GOV.UK error summary: each message linked to the field it is
 * about ({@code href="#field"}), in the order the fields appear, and the same message beside the field.
 */
public final class FormErrors {

    /** One problem: the id of the field on the page and the message. */
    public record Error(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String message) {
        byField.merge(field, message, (a, b) -> a + " " + b);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public List<Error> list() {
        List<Error> out = new ArrayList<>();
        byField.forEach((field, message) -> out.add(new Error(field, message)));
        return out;
    }
}
