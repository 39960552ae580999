package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.caredecisions.common.TriState;

/**
 * One column of a scenario workbook's sheet for a decision type: a request field by its path
 * ({@code needsFluctuate}, {@code abuseTypes}, {@code outcomes.NUTRITION.unableWithoutAssistance}),
 * what kind of value it takes, and the codes it allows. A cell is read as a trainer types it
 * ({@code yes}, {@code TRUE}, a date cell, {@code PHYSICAL, NEGLECT}) into the JSON value the
 * request takes; a value it cannot read is refused with the reason.
 *
 * @param path the request path, and the column's header
 * @param field the request record's field the column belongs to ({@code outcomes} for an outcome's limb)
 * @param kind what the cell holds
 * @param codes the values allowed, where an enum defines them; empty where the tables do (see {@link RequestVocabulary#listedCodes})
 * @param hint the field's description in the API's schema
 */
public record RequestColumn(String path, String field, Kind kind, List<String> codes, String hint) {

    public enum Kind {
        /** YES, NO or UNKNOWN. */
        TRI_STATE,
        /** One code of an enum. */
        CODE,
        /** Codes separated by commas. */
        CODES,
        /** One limb of an outcome: ticked or not. */
        FLAG,
        NUMBER,
        DATE,
        INSTANT,
        TEXT
    }

    /** The fields a teaching case never sets in its own column: the scenario's asOf has a column of its own, and a case reference belongs to a real case. */
    static final Set<String> NOT_COLUMNS = Set.of("caseReference", "asOf");

    private static final Set<String> TICKED = Set.of("true", "yes", "y", "ticked", "x", "✓", "✔", "1");
    private static final Set<String> NOT_TICKED = Set.of("false", "no", "n", "not ticked", "0");

    /** Every column of a request record: a column a field, and for a map of outcomes to limbs, a column each outcome's limb. */
    public static List<RequestColumn> of(Class<?> requestType) {
        List<RequestColumn> out = new ArrayList<>();
        for (RecordComponent c : requestType.getRecordComponents()) {
            String name = c.getName();
            if (NOT_COLUMNS.contains(name)) {
                continue;
            }
            Class<?> type = c.getType();
            String hint = hint(c);
            if (java.util.Map.class.isAssignableFrom(type)) {
                Type[] args = ((ParameterizedType) c.getGenericType()).getActualTypeArguments();
                for (String key : RequestVocabulary.constants((Class<?>) args[0])) {
                    for (RecordComponent limb : ((Class<?>) args[1]).getRecordComponents()) {
                        out.add(new RequestColumn(name + "." + key + "." + limb.getName(), name, Kind.FLAG, List.of("TRUE", "FALSE"), hint(limb)));
                    }
                }
            } else if (List.class.isAssignableFrom(type)) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                List<String> codes = element instanceof Class<?> e && e.isEnum() ? RequestVocabulary.constants(e) : List.of();
                out.add(new RequestColumn(name, name, Kind.CODES, codes, hint));
            } else if (type == TriState.class) {
                out.add(new RequestColumn(name, name, Kind.TRI_STATE, RequestVocabulary.constants(type), hint));
            } else if (type.isEnum()) {
                out.add(new RequestColumn(name, name, Kind.CODE, RequestVocabulary.constants(type), hint));
            } else if (type == Integer.class || type == int.class) {
                out.add(new RequestColumn(name, name, Kind.NUMBER, List.of(), hint));
            } else if (type == LocalDate.class) {
                out.add(new RequestColumn(name, name, Kind.DATE, List.of(), hint));
            } else if (type == Instant.class) {
                out.add(new RequestColumn(name, name, Kind.INSTANT, List.of(), hint));
            } else {
                out.add(new RequestColumn(name, name, Kind.TEXT, List.of(), hint));
            }
        }
        return out;
    }

    /** The request value of a cell's text (never blank: a blank cell is left out of the request); an unreadable one is an {@link IllegalArgumentException} saying what is accepted. */
    public JsonNode read(String text) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        String value = text.strip();
        return switch (kind) {
            case FLAG -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (TICKED.contains(lower)) {
                    yield json.booleanNode(true);
                }
                if (NOT_TICKED.contains(lower)) {
                    yield json.booleanNode(false);
                }
                throw new IllegalArgumentException("'" + value + "' is not TRUE or FALSE (yes, no and ticked are read too)");
            }
            case TRI_STATE, CODE -> json.textNode(code(value));
            case CODES -> {
                ArrayNode list = json.arrayNode();
                for (String part : value.split("[,;\\n]")) {
                    if (!part.isBlank()) {
                        list.add(codes.isEmpty() ? part.strip() : code(part.strip()));
                    }
                }
                yield list;
            }
            case NUMBER -> {
                try {
                    yield json.numberNode(new java.math.BigDecimal(value).intValueExact());
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a whole number, like 28");
                }
            }
            case DATE -> {
                try {
                    yield json.textNode(LocalDate.parse(value).toString());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a date: a date cell, or year-month-day like 2026-11-22");
                }
            }
            case INSTANT -> {
                try {
                    yield json.textNode(Instant.parse(value).toString());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a time: like 2026-11-20T09:15:00Z");
                }
            }
            case TEXT -> json.textNode(value);
        };
    }

    /** The cell text for a request value, or null when this column cannot hold it as it is (it stays in the request JSON). */
    public String text(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode() && kind != Kind.CODES) {
            return null;
        }
        String text = switch (kind) {
            case FLAG -> value.isBoolean() ? (value.booleanValue() ? "TRUE" : "FALSE") : null;
            case NUMBER -> value.canConvertToExactIntegral() ? value.asText() : null;
            case CODES -> {
                if (!value.isArray() || value.isEmpty()) {
                    yield null;
                }
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.isTextual() && !v.asText().contains(",") ? v.asText() : null));
                yield parts.contains(null) ? null : String.join(", ", parts);
            }
            default -> value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
        };
        if (text == null) {
            return null;
        }
        try {
            return read(text).equals(value) ? text : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String code(String value) {
        for (String code : codes) {
            if (code.equalsIgnoreCase(value)) {
                return code;
            }
        }
        if (kind == Kind.TRI_STATE) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (TICKED.contains(lower)) {
                return "YES";
            }
            if (NOT_TICKED.contains(lower)) {
                return "NO";
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ", codes));
    }

    private static String hint(RecordComponent c) {
        Schema schema = c.getAccessor().getAnnotation(Schema.class);
        return schema == null ? "" : schema.description();
    }
}
