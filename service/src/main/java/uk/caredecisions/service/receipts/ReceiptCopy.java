package uk.caredecisions.service.receipts;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Receipts written with PostgreSQL's COPY rather than one INSERT a row: one statement a batch for
 * the database to parse, and the rows streamed to it. Rows are in COPY's text format, each field
 * escaped, so a value cannot end a field or a row.
 */
final class ReceiptCopy {

    /** The columns of {@link Receipt#content()}, then the chain's two hashes. */
    static final String COPY = "COPY decision_receipt (decision_id, decision_type, decided_at, as_of, rule_set_version, rule_set_sha256, "
            + "client, outcome, request, response, previous_hash, hash) FROM STDIN";

    private ReceiptCopy() {}

    /** Writes chained receipts on the connection of the transaction they are part of, a row at a time. */
    static long write(Connection connection, List<Receipt> chained) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            StringBuilder row = new StringBuilder(8_192);
            for (Receipt r : chained) {
                row.setLength(0);
                row(row, r);
                byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    static void row(StringBuilder out, Receipt r) {
        for (String field : r.content()) {
            escaped(out, field);
            out.append('\t');
        }
        escaped(out, r.previousHash());
        out.append('\t');
        escaped(out, r.hash());
        out.append('\n');
    }

    /** COPY text format: backslash, newline, carriage return and tab written as escapes (so "\N" is never read as null). */
    static void escaped(StringBuilder out, String value) {
        // Jackson writes no raw newline, carriage return or tab, and a backslash only to escape: most values need none.
        if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0) {
            out.append(value);
            return;
        }
        int from = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                out.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }
}
