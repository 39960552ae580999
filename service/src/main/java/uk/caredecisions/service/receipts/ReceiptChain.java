package uk.caredecisions.service.receipts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** The hash that links each receipt to the one before: SHA-256 over the previous hash and every stored field. */
final class ReceiptChain {

    static final String GENESIS = "0".repeat(64);

    private ReceiptChain() {}

    /** PostgreSQL keeps microseconds: a receipt's instant is cut to them before it is hashed or stored. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String previous, Receipt r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, previous);
            for (byte[] field : r.content()) {
                field(sha, field);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(MessageDigest sha, String field) {
        field(sha, field.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
