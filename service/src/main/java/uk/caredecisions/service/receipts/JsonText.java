package uk.caredecisions.service.receipts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A receipt's request or answer as its UTF-8 bytes: as the answer was sent, as the chain hashes it
 * and COPY writes it, and as the database gives it back. A waiting list of 100,000 cases answers
 * about 100 MB; as a string, then bytes again for the hash and for COPY, it was three copies more.
 */
record JsonText(byte[] utf8) {

    static JsonText of(String text) {
        return new JsonText(text.getBytes(StandardCharsets.UTF_8));
    }

    String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Whether the text holds a NUL written as JSON's escape (see {@link ReceiptWriter#withoutNul}). */
    boolean holdsNul() {
        byte[] nul = {'\\', 'u', '0', '0', '0', '0'};
        outer:
        for (int i = 0; i + nul.length <= utf8.length; i++) {
            for (int k = 0; k < nul.length; k++) {
                if (utf8[i + k] != nul[k]) {
                    continue outer;
                }
            }
            // "\\u0000" is a backslash, then the text u0000: an escape only after an even run of backslashes.
            int backslashes = 0;
            for (int b = i - 1; b >= 0 && utf8[b] == '\\'; b--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonText t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}
