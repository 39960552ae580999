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

    /** Rows are sent to the database whenever this much is waiting (and at the end of the batch). */
    private static final int SEND_AT = 1 << 16;

    private ReceiptCopy() {}

    /** Writes chained receipts on the connection of the transaction they are part of. */
    static long write(Connection connection, List<Receipt> chained) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            Rows rows = new Rows(copy);
            for (Receipt r : chained) {
                row(rows, r);
            }
            rows.send();
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /*
     * Written as UTF-8 bytes straight away: a StringBuilder widened to two bytes a character at the
     * first one outside Latin-1 (a typographic quote in a sentence) was a third of the writer's time.
     */
    static void row(Rows out, Receipt r) throws SQLException {
        for (byte[] field : r.content()) {
            escaped(out, field);
            out.write('\t');
        }
        escaped(out, r.previousHash().getBytes(StandardCharsets.US_ASCII));
        out.write('\t');
        escaped(out, r.hash().getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
    }

    /**
     * COPY text format: backslash, newline, carriage return and tab written as escapes (so "\N" is
     * never read as null). No byte of a multi-byte UTF-8 character is one of these.
     */
    static void escaped(Rows out, byte[] bytes) throws SQLException {
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte escape = switch (bytes[i]) {
                case '\\' -> '\\';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\t' -> 't';
                default -> 0;
            };
            if (escape != 0) {
                out.write(bytes, from, i - from);
                out.write('\\');
                out.write(escape);
                from = i + 1;
            }
        }
        out.write(bytes, from, bytes.length - from);
    }

    /**
     * The rows not yet sent, in a buffer of fixed size sent whenever it fills: COPY's data may be cut
     * anywhere, even within a value, so a receipt of 100 MB (a waiting list of 100,000 cases) is sent
     * in pieces, never copied whole (one writer thread: no locking).
     */
    static final class Rows {

        private final CopyIn copy;
        private final byte[] buf = new byte[SEND_AT];
        private int count;

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        void write(int b) throws SQLException {
            if (count == buf.length) {
                send();
            }
            buf[count++] = (byte) b;
        }

        void write(byte[] b, int off, int len) throws SQLException {
            while (len > 0) {
                if (count == buf.length) {
                    send();
                }
                int n = Math.min(len, buf.length - count);
                System.arraycopy(b, off, buf, count, n);
                count += n;
                off += n;
                len -= n;
            }
        }

        void send() throws SQLException {
            if (count > 0) {
                copy.writeToCopy(buf, 0, count);
                count = 0;
            }
        }
    }
}
