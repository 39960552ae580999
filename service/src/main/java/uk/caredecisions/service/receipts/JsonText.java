package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A receipt's request or answer as its UTF-8 bytes: as the answer was sent, as the chain hashes it
 * and COPY writes it, and as the database gives it back. A waiting list of 100,000 cases answers
 * about 100 MB; as a string, then bytes again for the hash and for COPY, it was three copies more.
 */
@JsonSerialize(using = JsonText.AsJson.class)
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

    /**
     * Written into a larger answer (a receipt looked up) as the JSON it is, its bytes copied as they
     * are: read as a tree first, a waiting list of 100,000 cases took more than a 512 MB heap.
     */
    static final class AsJson extends StdSerializer<JsonText> {

        AsJson() {
            super(JsonText.class);
        }

        @Override
        public void serialize(JsonText text, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (generator instanceof UTF8JsonGenerator) {
                generator.writeRawValue(new Utf8(text));
                return;
            }
            ObjectCodec codec = generator.getCodec(); // a tree being built (valueToTree), or another encoding
            try (JsonParser parser = codec.getFactory().createParser(text.utf8())) {
                generator.writeTree(codec.readTree(parser));
            }
        }
    }

    /** The text's own bytes as a raw value; its characters, quoted or not, only where a generator asks for them. */
    private static final class Utf8 implements SerializableString {

        private final byte[] utf8;

        Utf8(JsonText text) {
            this.utf8 = text.utf8();
        }

        private SerializedString asString() {
            return new SerializedString(getValue());
        }

        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < utf8.length) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return asString().asQuotedChars();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return asString().asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return asString().appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return asString().appendQuoted(buffer, offset);
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return asString().appendUnquoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return asString().writeQuotedUTF8(out);
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
            return asString().putQuotedUTF8(buffer);
        }
    }
}
