package uk.caredecisions.service.console.rulesets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.caredecisions.service.rulesets.StoredVersion;

/**
 * Who staged, approved and activated a version and when, and what the signed-in practice lead may
 * do next. With {@code caredecisions.rulesets.require-second-approver} on, a staged version waits
 * for the approval of a practice lead other than the one who staged it; the publisher enforces
 * this, the page only offers the button to someone it would accept.
 *
 * @param approvalRequired the setting is on and this staged version has no approval yet
 * @param mayApprove the signed-in user is a practice lead who did not stage it, and it awaits approval
 * @param stagedFrom the date it was staged to decide from ("1 January 2027"), null where not recorded
 * @param activatedFrom the date its activation made it decide from, null while not activated or not recorded
 */
public record Steps(Step staged, Step approved, Step activated, boolean approvalRequired, boolean mayApprove,
                    String stagedFrom, String activatedFrom) {

    /** The activation chose another date than the one it was staged with. */
    public boolean redated() {
        return stagedFrom != null && activatedFrom != null && !stagedFrom.equals(activatedFrom);
    }

    /** One step: who took it and when, in the council's time; both null while not taken (or not recorded). */
    public record Step(String by, String at) {

        public boolean taken() {
            return by != null;
        }
    }

    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(COUNCIL_TIME);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN_SHORT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(COUNCIL_TIME);

    static Steps of(StoredVersion.Provenance provenance, boolean staged, boolean requireSecondApprover, String user, boolean practiceLead) {
        StoredVersion.Provenance p = provenance == null ? StoredVersion.Provenance.UNKNOWN : provenance;
        boolean awaiting = requireSecondApprover && staged && p.approvedBy() == null;
        boolean mayApprove = awaiting && practiceLead && user != null && !user.equals(p.stagedBy());
        return new Steps(step(p.stagedBy(), p.stagedAt(), WHEN), step(p.approvedBy(), p.approvedAt(), WHEN),
                step(p.activatedBy(), p.activatedAt(), WHEN), awaiting, mayApprove,
                p.stagedFrom() == null ? null : DAY.format(p.stagedFrom()), p.activatedFrom() == null ? null : DAY.format(p.activatedFrom()));
    }

    /** The short form the list of versions shows: "practice-lead, 3 Dec 2026 07:52". */
    static String brief(String by, Instant at) {
        if (by == null) {
            return null;
        }
        return at == null ? by : by + ", " + WHEN_SHORT.format(at);
    }

    private static Step step(String by, Instant at, DateTimeFormatter format) {
        return new Step(by, by == null || at == null ? null : format.format(at));
    }
}
