package uk.caredecisions.rulesets;

import java.util.regex.Pattern;

/**
 * The shapes a table cell may take, shared by the cell checks and the rule generator: a row id, a
 * number, a code, a citation key and plain text. Text never holds quotes, backslashes or dollars.
 */
public final class CellLiterals {

    public static final Pattern ROW_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    public static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");
    public static final Pattern BOOLEAN = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    public static final Pattern CITATION_KEY = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    /** Letters, digits, spaces and ordinary punctuation; never quotes, backslashes or dollars, so a quoted literal cannot end early. */
    public static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} .,;:'()\\-_/&%£?!{}+<>=\\[\\]@#*–’‘]*");

    private CellLiterals() {}

    /** {@code text} as a DRL (Java) string literal, quotes included. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
