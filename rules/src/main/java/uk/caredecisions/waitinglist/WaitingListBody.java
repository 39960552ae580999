package uk.caredecisions.waitinglist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.MalformedJsonException;
import uk.caredecisions.common.RequestReader;

/**
 * A waiting-list body read as a stream: its {@code asOf} and where each case lies in the bytes, so
 * that each case is read as a tree of its own when it is triaged and the list is never held as one
 * tree (100,000 cases are about 37 MB of JSON, and many times that as a tree).
 */
record WaitingListBody(byte[] json, List<FieldError> unknownFields, JsonNode asOf, boolean listed, int count, int[] starts, int[] ends) {

    static final List<String> TOP_FIELDS = List.of("asOf", "cases");

    /** The case at {@code i} as a tree of its own (which the caller may change). */
    JsonNode caseAt(int i) {
        try {
            return RequestReader.MAPPER.readTree(json, starts[i], ends[i] - starts[i]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // read once already, whole
        }
    }

    /**
     * Reads the body's shape: its unknown fields, {@code asOf} as a tree, and whether {@code cases}
     * is an array and where each of its elements lies. A body that is not an object is a 400 at once,
     * one that is not well-formed JSON a {@link MalformedJsonException}. Bytes not in UTF-8 (JSON may
     * arrive as UTF-16 or UTF-32) are read as a tree and written again in UTF-8 first, since only
     * UTF-8 has byte offsets.
     */
    static WaitingListBody read(byte[] json) {
        try (JsonParser parser = RequestReader.MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && parser.currentTokenLocation().getByteOffset() < 0) {
                return read(RequestReader.MAPPER.writeValueAsBytes(RequestReader.MAPPER.readTree(json)));
            }
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    parser.skipChildren(); // a malformed body is malformed, whatever it starts with
                }
                throw new InvalidRequestException(List.of(new FieldError("$", "The body must be a JSON object.")));
            }
            List<FieldError> unknown = new ArrayList<>();
            JsonNode asOf = null;
            boolean listed = false;
            int count = 0;
            int[] starts = new int[0];
            int[] ends = new int[0];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("cases")) {
                    // As in a tree, the last of a repeated field counts.
                    listed = value == JsonToken.START_ARRAY;
                    count = 0;
                    starts = new int[listed ? 1024 : 0];
                    ends = new int[starts.length];
                    if (!listed) {
                        parser.skipChildren();
                    }
                    while (listed && parser.nextToken() != JsonToken.END_ARRAY) {
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                            ends = Arrays.copyOf(ends, count * 2);
                        }
                        starts[count] = offset(parser.currentTokenLocation());
                        parser.skipChildren();
                        parser.finishToken(); // a string is read lazily: without this, its end is its opening quote
                        ends[count] = offset(parser.currentLocation());
                        count++;
                    }
                } else if (name.equals("asOf")) {
                    asOf = parser.readValueAsTree();
                } else {
                    unknown.add(new FieldError(name, "Unknown field; accepted fields: " + TOP_FIELDS + "."));
                    parser.skipChildren();
                }
            }
            return new WaitingListBody(json, List.copyOf(unknown), asOf, listed, count, starts, ends);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedJsonException(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int offset(JsonLocation location) {
        return Math.toIntExact(location.getByteOffset());
    }
}
