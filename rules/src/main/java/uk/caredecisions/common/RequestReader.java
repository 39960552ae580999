package uk.caredecisions.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON request into its record, checking the whole tree first so that the caller hears
 * about every bad field at once: unknown fields, unknown codes (listing the accepted ones), wrong
 * types, missing required fields. Jackson alone stops at the first.
 */
public final class RequestReader {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Dates and instants a request may carry: any later or earlier is a typing slip, and could overflow date arithmetic. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;

    private RequestReader() {}

    /** A record component as the checks need it; reflection on the record is read once per class, not per request. */
    private record Component(String name, Class<?> type, Type generic, boolean required, Long maximum) {}

    private record Shape(List<String> names, List<Component> components) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return new Shape(Arrays.stream(components).map(RecordComponent::getName).toList(), Arrays.stream(components)
                    .map(c -> new Component(c.getName(), c.getType(), c.getGenericType(), c.isAnnotationPresent(Required.class), maximum(c))).toList());
        }

        /** The largest whole number the schema promises the component accepts, if it says one. */
        private static Long maximum(RecordComponent c) {
            // @Schema is not a record-component annotation: it is carried to the accessor (and the field).
            Schema schema = c.getAccessor().getAnnotation(Schema.class);
            return schema == null || schema.maximum().isBlank() ? null : Long.valueOf(schema.maximum());
        }
    };

    private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        }
    };

    /** True for a date in {@value #EARLIEST_YEAR}..{@value #LATEST_YEAR}. */
    public static boolean inRange(LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }

    /** True for an instant whose UTC date is in {@value #EARLIEST_YEAR}..{@value #LATEST_YEAR}. */
    public static boolean inRange(OffsetDateTime instant) {
        int year = instant.atZoneSameInstant(java.time.ZoneOffset.UTC).getYear();
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    public static String outOfRange() {
        return "Must be between the years " + EARLIEST_YEAR + " and " + LATEST_YEAR + ".";
    }

    public static <R> R read(JsonNode body, Class<R> type) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("$", "The body must be a JSON object.")));
        }
        check(body, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        try {
            return MAPPER.treeToValue(body, type);
        } catch (Exception e) {
            throw new InvalidRequestException(List.of(new FieldError("$", "The body does not match the request: " + e.getClass().getSimpleName())));
        }
    }

    /**
     * The request as far as it can be read with the fields named in {@code errors} left out, so the
     * checks that need the rule set (codes only the tables define) can still run and every bad field
     * is reported in one answer. Empty when nothing usable is left.
     */
    public static <R> java.util.Optional<R> partial(JsonNode body, Class<R> type, List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            return java.util.Optional.empty();
        }
        com.fasterxml.jackson.databind.node.ObjectNode rest = ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy();
        for (FieldError error : errors) {
            String top = error.field().split("[.\\[]", 2)[0];
            if (top.isEmpty() || top.equals("$")) {
                return java.util.Optional.empty();
            }
            rest.remove(top);
        }
        try {
            return java.util.Optional.of(MAPPER.treeToValue(rest, type));
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static void check(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        if (!type.isRecord()) {
            checkValue(node, type, null, path, errors);
            return;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(pathOr(path), "Must be a JSON object."));
            return;
        }
        Shape shape = SHAPES.get(type);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.names().contains(name)) {
                errors.add(new FieldError(join(path, name), "Unknown field; accepted fields: " + shape.names() + "."));
            }
        }
        for (Component component : shape.components()) {
            JsonNode value = node.get(component.name());
            String field = join(path, component.name());
            if (value == null || value.isNull()) {
                if (component.required()) {
                    errors.add(new FieldError(field, "Required" + (component.type() == TriState.class ? " (YES, NO or UNKNOWN)." : ".")));
                }
                continue;
            }
            checkValue(value, component.type(), component.generic(), field, errors);
            if (component.maximum() != null && value.isIntegralNumber() && value.canConvertToInt() && value.asLong() > component.maximum()) {
                errors.add(new FieldError(field, "Must be at most " + component.maximum() + "."));
            }
        }
    }

    private static void checkValue(JsonNode value, Class<?> type, Type generic, String field, List<FieldError> errors) {
        if (type.isEnum()) {
            List<String> accepted = ENUM_NAMES.get(type);
            if (!value.isTextual() || !accepted.contains(value.asText())) {
                errors.add(new FieldError(field, "'" + value.asText() + "' is not accepted; use one of " + accepted + "."));
            }
        } else if (type == Boolean.class || type == boolean.class) {
            if (!value.isBoolean()) {
                errors.add(new FieldError(field, "Must be true or false."));
            }
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                errors.add(new FieldError(field, "Must be a whole number."));
            } else if (value.asInt() < 0) {
                errors.add(new FieldError(field, "Must not be negative."));
            }
        } else if (type == String.class) {
            if (!value.isTextual()) {
                errors.add(new FieldError(field, "Must be a string."));
            } else if (value.asText().length() > 200) {
                errors.add(new FieldError(field, "Must be at most 200 characters."));
            }
        } else if (type == LocalDate.class) {
            try {
                if (!value.isTextual()) {
                    throw new DateTimeParseException("not text", value.toString(), 0);
                }
                if (!inRange(LocalDate.parse(value.asText()))) {
                    errors.add(new FieldError(field, outOfRange()));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "Must be a date like 2026-11-22."));
            }
        } else if (type == Instant.class) {
            try {
                if (!value.isTextual()) {
                    throw new DateTimeParseException("not text", value.toString(), 0);
                }
                if (!inRange(OffsetDateTime.parse(value.asText()))) {
                    errors.add(new FieldError(field, outOfRange()));
                }
            } catch (java.time.DateTimeException e) {
                errors.add(new FieldError(field, "Must be an instant with zone, like 2026-11-22T14:05:00Z."));
            }
        } else if (Map.class.isAssignableFrom(type)) {
            checkMap(value, generic, field, errors);
        } else if (Collection.class.isAssignableFrom(type)) {
            if (!value.isArray()) {
                errors.add(new FieldError(field, "Must be a JSON array."));
                return;
            }
            Class<?> element = typeArgument(generic, 0);
            for (int i = 0; i < value.size(); i++) {
                checkValue(value.get(i), element, null, field + "[" + i + "]", errors);
            }
        } else if (type.isRecord()) {
            check(value, type, field, errors);
        }
    }

    private static void checkMap(JsonNode value, Type generic, String field, List<FieldError> errors) {
        if (!value.isObject()) {
            errors.add(new FieldError(field, "Must be a JSON object."));
            return;
        }
        Class<?> key = typeArgument(generic, 0);
        Class<?> element = typeArgument(generic, 1);
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = field + "." + entry.getKey();
            if (key.isEnum()) {
                List<String> accepted = ENUM_NAMES.get(key);
                if (!accepted.contains(entry.getKey())) {
                    errors.add(new FieldError(path, "'" + entry.getKey() + "' is not accepted here; use one of " + accepted + "."));
                    continue;
                }
            }
            if (!entry.getValue().isNull()) {
                checkValue(entry.getValue(), element, null, path, errors);
            }
        }
    }

    private static Class<?> typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String pathOr(String path) {
        return path.isEmpty() ? "$" : path;
    }
}
