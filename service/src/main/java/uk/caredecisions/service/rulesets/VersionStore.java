package uk.caredecisions.service.rulesets;

import java.time.Instant;
import java.util.List;
import uk.caredecisions.engine.RuleSet;

/**
 * Where staged and activated rule-set versions are kept, with who did what and when: PostgreSQL
 * in the service ({@code service.store}), a folder in the tests that restart a library by hand.
 * Whatever the medium, a version comes back as a {@link StoredVersion} whose files are checked
 * against their recorded sha256 before anything is built from them.
 */
public interface VersionStore {

    /** A stored entry that is not a usable version, and why. */
    record Skipped(String folder, String reason) {}

    /**
     * What the store holds: the versions it could read, the entries it could not, and the number
     * of the last change it records (0 for none), so a replica knows what it has applied.
     */
    record Contents(List<StoredVersion> versions, List<Skipped> skipped, long head) {}

    /**
     * Something done to a version: STAGED, APPROVED, ACTIVATED (or PUBLISHED from the tables folder, IMPORTED from an old store folder).
     *
     * @param effectiveFrom the date it decides from as this step left it (staged, or chosen at activation); null for an approval or where not recorded
     */
    record Event(long seq, String version, String action, String actor, Instant at, java.time.LocalDate effectiveFrom) {

        public Event(long seq, String version, String action, String actor, Instant at) {
            this(seq, version, action, actor, at, null);
        }
    }

    /** Keeps a built version, staged or (for the tables folder) published at once; all its workbooks or nothing. */
    void save(RuleSet ruleSet, boolean published, String actor);

    /** Records a second practice lead's approval of a staged version. */
    void approve(String version, String actor);

    /**
     * Records the activation of a stored version, to decide from {@code ruleSet}'s effective date
     * (which the practice lead may have chosen at activation, in place of the staged one). {@code seenHead} is the last change this replica
     * applied: if another activation was recorded since, this one is refused with
     * {@link ActivatedMeanwhile}, so of two made at once only one wins.
     *
     * @return the number of the change this activation recorded
     */
    long activate(RuleSet ruleSet, String actor, long seenHead);

    Contents load();

    /** The number of the last change recorded, cheap enough to ask every second. */
    long head();

    /** Removes a superseded version's content (retention); what was done to it stays in the history. */
    void delete(String version);

    /** Everything done to every version, oldest first. */
    List<Event> history();

    /** Where the store is, for log lines (never a password). */
    String describe();

    /** Another activation was recorded after the state this replica decided from. */
    final class ActivatedMeanwhile extends RuntimeException {
        private final String other;

        public ActivatedMeanwhile(String other) {
            super("Rule set " + other + " was activated meanwhile, through another replica or another practice lead.");
            this.other = other;
        }

        public String other() {
            return other;
        }
    }
}
