package uk.caredecisions.service.rulesets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.caredecisions.engine.RuleSetSource;

/**
 * A rule-set version as a store keeps it, whatever the medium (a folder today, a database table
 * later): its name, date and state, the files it holds, and the sha256 recorded for each file when
 * it was stored. {@link #verified()} is the only way to its content: a file missing, added or
 * changed since it was stored refuses the whole version, naming it and the file.
 *
 * @param publishedAt when it was activated (null while staged); orders versions of the same date
 * @param ruleSetSha256 the sha256 of the built rule set, shown for a version not yet built
 * @param provenance who staged, approved and activated it, and when
 */
public record StoredVersion(String version, LocalDate effectiveFrom, boolean published, Instant publishedAt, String ruleSetSha256,
                     Map<String, byte[]> files, Map<String, String> recordedSha256, Provenance provenance) {

    /**
     * Who did what to a version, and when; a step not yet taken is null.
     *
     * @param stagedFrom the date it was staged to decide from
     * @param activatedFrom the date the activation made it decide from: the staged date, or the one the practice lead chose then
     */
    public record Provenance(String stagedBy, Instant stagedAt, String approvedBy, Instant approvedAt, String activatedBy, Instant activatedAt,
                             @io.swagger.v3.oas.annotations.media.Schema(description = "The date it was staged to decide from.")
                             LocalDate stagedFrom,
                             @io.swagger.v3.oas.annotations.media.Schema(description = "The date its activation made it decide from: "
                                     + "the staged one, or the effectiveFrom given to POST /v1/rulesets/{version}/activate.")
                             LocalDate activatedFrom) {

        public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null, null, null, null);

        public Provenance(String stagedBy, Instant stagedAt, String approvedBy, Instant approvedAt, String activatedBy, Instant activatedAt) {
            this(stagedBy, stagedAt, approvedBy, approvedAt, activatedBy, activatedAt, null, null);
        }

        public static Provenance of(String stagedBy, Instant stagedAt, String approvedBy, Instant approvedAt, String activatedBy, Instant activatedAt) {
            return new Provenance(stagedBy, stagedAt, approvedBy, approvedAt, activatedBy, activatedAt);
        }

        /** This provenance with one more step recorded, as the store's history lists them. */
        public Provenance and(VersionStore.Event e) {
            return switch (e.action()) {
                case "STAGED", "IMPORTED" -> new Provenance(e.actor(), e.at(), approvedBy, approvedAt, activatedBy, activatedAt,
                        e.effectiveFrom(), activatedFrom);
                case "APPROVED" -> new Provenance(stagedBy, stagedAt, e.actor(), e.at(), activatedBy, activatedAt, stagedFrom, activatedFrom);
                case "ACTIVATED" -> new Provenance(stagedBy == null ? e.actor() : stagedBy, stagedAt == null ? e.at() : stagedAt,
                        approvedBy, approvedAt, e.actor(), e.at(), stagedFrom == null ? e.effectiveFrom() : stagedFrom, e.effectiveFrom());
                case "PUBLISHED" -> new Provenance(e.actor(), e.at(), approvedBy, approvedAt, e.actor(), e.at(), e.effectiveFrom(), e.effectiveFrom());
                default -> this;
            };
        }
    }

    /** The stored content does not match what was recorded; the message names the version and the file. */
    public static final class Tampered extends RuntimeException {
        private final String version;

        Tampered(String version, String message) {
            super("Stored rule set " + version + " is refused: " + message);
            this.version = version;
        }

        String version() {
            return version;
        }
    }

    public StoredVersion {
        files = Map.copyOf(files);
        recordedSha256 = Map.copyOf(recordedSha256);
        provenance = provenance == null ? Provenance.UNKNOWN : provenance;
    }

    /** The steps recorded for this version, as events (without change numbers). */
    java.util.List<VersionStore.Event> history() {
        java.util.List<VersionStore.Event> events = new java.util.ArrayList<>();
        if (provenance.stagedAt() != null) {
            events.add(new VersionStore.Event(0, version, "STAGED", provenance.stagedBy(), provenance.stagedAt(), provenance.stagedFrom()));
        }
        if (provenance.approvedAt() != null) {
            events.add(new VersionStore.Event(0, version, "APPROVED", provenance.approvedBy(), provenance.approvedAt()));
        }
        if (provenance.activatedAt() != null) {
            events.add(new VersionStore.Event(0, version, "ACTIVATED", provenance.activatedBy(), provenance.activatedAt(), provenance.activatedFrom()));
        }
        return events;
    }

    /** The content, once every file matches its recorded sha256 and no file was added or taken away. */
    public RuleSetSource verified() {
        if (recordedSha256.isEmpty()) {
            throw new Tampered(version, "no sha256 was recorded for its files, so they cannot be checked; stage it again.");
        }
        for (String name : new TreeSet<>(recordedSha256.keySet())) {
            byte[] content = files.get(name);
            if (content == null) {
                throw new Tampered(version, "its file " + name + " is missing.");
            }
            if (!sha256(content).equals(recordedSha256.get(name))) {
                throw new Tampered(version, "its file " + name + " (" + content.length + " bytes) does not match the sha256 recorded when it was stored.");
            }
        }
        for (String name : new TreeSet<>(files.keySet())) {
            if (!recordedSha256.containsKey(name)) {
                throw new Tampered(version, "it holds a file " + name + " that was not there when it was stored.");
            }
        }
        return new RuleSetSource(version, effectiveFrom, new TreeMap<>(files));
    }

    public static Map<String, String> digests(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, content) -> out.put(name, sha256(content)));
        return out;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
