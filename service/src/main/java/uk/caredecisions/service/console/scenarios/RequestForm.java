package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.scenarios.RequestVocabulary;
import uk.caredecisions.service.console.FormErrors;

/**
 * A decision type's request as a form, built from the request record's fields: a choice for each
 * tri-state and coded field, check boxes for lists of codes and for each outcome's limbs, a box for
 * numbers, dates and text. The question is the tables' own column label where a table asks about
 * the field, else the field's name in words (the schema's description as the hint); codes are
 * named as the tables name them ("Managing and maintaining nutrition (NUTRITION)"). A field left
 * blank is left out of the request, as a case system would leave it out.
 */
public final class RequestForm {

    public enum Kind { CHOICE, NUMBER, TEXT, CHECKBOXES, GROUP }

    public record Option(String value, String text) {}

    /**
     * One question. {@code name} is the request path ({@code outcomes.NUTRITION}) and the form
     * parameter; {@code id} the element id; a GROUP holds one CHECKBOXES child per key of a map field.
     */
    public record Field(String name, String id, String label, String hint, Kind kind, List<Option> options, List<String> values,
                        List<Field> children, String error) {

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        /** The hint's and the error's ids, for aria-describedby; null when there is neither. */
        public String describedBy() {
            String ids = ((hint.isEmpty() ? "" : id + "-hint ") + (error == null ? "" : id + "-error")).trim();
            return ids.isEmpty() ? null : ids;
        }

        public boolean has(String value) {
            return values.contains(value);
        }
    }

    private final Class<?> requestType;
    private final RequestVocabulary vocabulary;

    public RequestForm(Class<?> requestType, String decision, RuleSet ruleSet) {
        this.requestType = requestType;
        this.vocabulary = new RequestVocabulary(ruleSet, decision);
    }

    public static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The form, filled in with {@code request} (null: empty), with each field's problem from {@code errors}. */
    public List<Field> fields(JsonNode request, FormErrors errors) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : requestType.getRecordComponents()) {
            out.add(field(c, request == null ? null : request.get(c.getName()), errors));
        }
        return out;
    }

    private Field field(RecordComponent c, JsonNode value, FormErrors errors) {
        String name = c.getName();
        String label = question(name);
        Schema schema = c.getAccessor().getAnnotation(Schema.class);
        String hint = schema == null ? "" : schema.description();
        Class<?> type = c.getType();
        String error = errors == null ? null : errors.of(id(name));
        if (Map.class.isAssignableFrom(type)) {
            Type[] args = ((ParameterizedType) c.getGenericType()).getActualTypeArguments();
            Class<?> keys = (Class<?>) args[0];
            Class<?> limbs = (Class<?>) args[1];
            List<Option> options = new ArrayList<>();
            for (RecordComponent limb : limbs.getRecordComponents()) {
                Schema s = limb.getAccessor().getAnnotation(Schema.class);
                options.add(new Option(limb.getName(), FactSheet.words(limb.getName()) + (s == null ? "" : ": " + s.description())));
            }
            List<Field> children = new ArrayList<>();
            for (Object key : keys.getEnumConstants()) {
                String code = ((Enum<?>) key).name();
                String childName = name + "." + code;
                List<String> ticked = new ArrayList<>();
                JsonNode limbsFound = value == null ? null : value.get(code);
                if (limbsFound != null) {
                    limbsFound.properties().forEach(e -> {
                        if (e.getValue().asBoolean()) {
                            ticked.add(e.getKey());
                        }
                    });
                }
                children.add(new Field(childName, id(childName), codeText(code), "", Kind.CHECKBOXES, options, ticked, List.of(),
                        errors == null ? null : errors.of(id(childName))));
            }
            return new Field(name, id(name), label, hint, Kind.GROUP, List.of(), List.of(), children, error);
        }
        if (List.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            List<String> codes = element instanceof Class<?> e && e.isEnum() ? constants(e) : vocabulary.listedCodes(name);
            List<String> ticked = new ArrayList<>();
            if (value != null && value.isArray()) {
                value.forEach(v -> ticked.add(v.asText()));
            }
            return new Field(name, id(name), label, hint, Kind.CHECKBOXES, codes.stream().map(code -> new Option(code, codeText(code))).toList(),
                    ticked, List.of(), error);
        }
        List<String> current = value == null || value.isNull() ? List.of() : List.of(value.asText());
        if (type.isEnum()) {
            List<Option> options = new ArrayList<>();
            options.add(new Option("", "Not recorded"));
            constants(type).forEach(code -> options.add(new Option(code, type == TriState.class ? triState(code) : codeText(code))));
            return new Field(name, id(name), label, hint, Kind.CHOICE, options, current, List.of(), error);
        }
        if (type == Integer.class || type == int.class) {
            return new Field(name, id(name), label, hint, Kind.NUMBER, List.of(), current, List.of(), error);
        }
        String example = type == LocalDate.class ? "For example, 2026-11-22. " : type == Instant.class ? "For example, 2026-11-20T09:15:00Z. " : "";
        return new Field(name, id(name), label, example + hint, Kind.TEXT, List.of(), current, List.of(), error);
    }

    /**
     * The request the form's answers make, each unreadable answer in {@code errors} (and kept as typed,
     * to show it again): decide it only when {@code errors} has nothing.
     */
    public ObjectNode read(Map<String, String[]> params, FormErrors errors) {
        ObjectNode request = RequestReader.MAPPER.createObjectNode();
        for (RecordComponent c : requestType.getRecordComponents()) {
            String name = c.getName();
            Class<?> type = c.getType();
            if (Map.class.isAssignableFrom(type)) {
                ObjectNode map = RequestReader.MAPPER.createObjectNode();
                Class<?> keys = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                for (String code : constants(keys)) {
                    String[] ticked = params.get(name + "." + code);
                    if (ticked != null && ticked.length > 0) {
                        ObjectNode limbs = map.putObject(code);
                        for (String limb : ticked) {
                            limbs.put(limb, true);
                        }
                    }
                }
                if (!map.isEmpty()) {
                    request.set(name, map);
                }
            } else if (List.class.isAssignableFrom(type)) {
                String[] ticked = params.get(name);
                if (ticked != null && ticked.length > 0) {
                    ArrayNode list = request.putArray(name);
                    for (String code : ticked) {
                        list.add(code);
                    }
                }
            } else {
                String[] given = params.get(name);
                String text = given == null || given.length == 0 ? "" : given[0].trim();
                if (text.isEmpty()) {
                    continue;
                }
                if (type == Integer.class || type == int.class) {
                    try {
                        request.put(name, Integer.parseInt(text));
                    } catch (NumberFormatException e) {
                        request.put(name, text);
                        errors.add(id(name), FactSheet.words(name) + " must be a whole number, like 28");
                    }
                } else {
                    request.put(name, text);
                }
            }
        }
        return request;
    }

    /** The answers a browser would send for these fields as filled in: {@link #read} of them is the request as the form holds it. */
    public static Map<String, String[]> params(List<Field> fields) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.kind() == Kind.GROUP) {
                out.putAll(params(f.children()));
            } else if (!f.values().isEmpty()) {
                out.put(f.name(), f.values().toArray(String[]::new));
            }
        }
        return out;
    }

    /** The request's own refusal, each error against the form field it is about (its deepest field that is on the form). */
    public void add(List<FieldError> refused, FormErrors errors) {
        for (FieldError e : refused) {
            String path = e.field() == null ? "" : e.field().replaceAll("\\[\\d+]", "");
            String field = path;
            while (field.contains(".") && !onForm(field)) {
                field = field.substring(0, field.lastIndexOf('.'));
            }
            errors.add(onForm(field) ? id(field) : "form", question(path.contains(".") ? path.substring(0, path.indexOf('.')) : path) + ": " + e.message());
        }
    }

    private boolean onForm(String name) {
        for (RecordComponent c : requestType.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
            if (Map.class.isAssignableFrom(c.getType()) && name.startsWith(c.getName() + ".")) {
                Class<?> keys = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                return constants(keys).contains(name.substring(c.getName().length() + 1));
            }
        }
        return false;
    }

    /** The plain question of a table column that asks about the field, if any table does; else the field's name in words. */
    public String question(String field) {
        return vocabulary.question(field);
    }

    /** A code as the tables name it, with the code itself; or the code in words when no table names it. */
    public String codeText(String code) {
        return vocabulary.codeText(code);
    }

    private static List<String> constants(Class<?> type) {
        return RequestVocabulary.constants(type);
    }

    private static String triState(String code) {
        return switch (code) {
            case "YES" -> "Yes";
            case "NO" -> "No";
            default -> "Not known";
        };
    }
}
