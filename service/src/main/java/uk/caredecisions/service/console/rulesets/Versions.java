package uk.caredecisions.service.console.rulesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.rulesets.StoredVersion;

/**
 * Every loaded version as a practice lead reads them: status today, the dates it decides from and
 * until, its sha256. A published version decides from its effective date until the next one to take
 * effect; one published later for the same date replaces it outright. Public, as every view the
 * templates read is: Thymeleaf's expressions call public methods of public types only.
 */
public final class Versions {

    /** One version's line in the list. {@code until} is null while nothing later replaces it. */
    public record Version(String version, RuleSetLibrary.Status status, LocalDate effectiveFrom, LocalDate until, boolean replacedOnItsFirstDay,
                   String sha256, int tables, int workbooks, String staged, String activated) {

        public String statusTag() {
            return switch (status) {
                case ACTIVE -> "govuk-tag--green";
                case SCHEDULED -> "govuk-tag--blue";
                case STAGED -> "govuk-tag--yellow";
                case SUPERSEDED -> "govuk-tag--grey";
            };
        }
    }

    private Versions() {}

    /** {@code provenance}: who staged and activated each version, by version (a version missing from it shows no one). */
    static List<Version> of(RuleSetLibrary library, LocalDate today, Map<String, StoredVersion.Provenance> provenance) {
        List<RuleSetLibrary.Entry> entries = library.entries();
        List<RuleSetLibrary.Entry> published = entries.stream().filter(RuleSetLibrary.Entry::published)
                .sorted(Comparator.comparing((RuleSetLibrary.Entry e) -> e.ruleSet().effectiveFrom()).thenComparingLong(RuleSetLibrary.Entry::publishedSeq))
                .toList();
        List<Version> out = new ArrayList<>();
        for (RuleSetLibrary.Entry entry : entries) {
            RuleSet rs = entry.ruleSet();
            LocalDate until = null;
            boolean replaced = false;
            if (entry.published()) {
                for (RuleSetLibrary.Entry later : published) {
                    if (later.publishedSeq() > entry.publishedSeq() && later.ruleSet().effectiveFrom().equals(rs.effectiveFrom())) {
                        replaced = true;
                    }
                    if (later.ruleSet().effectiveFrom().isAfter(rs.effectiveFrom())
                            && (until == null || later.ruleSet().effectiveFrom().minusDays(1).isBefore(until))) {
                        until = later.ruleSet().effectiveFrom().minusDays(1);
                    }
                }
            }
            StoredVersion.Provenance p = provenance.getOrDefault(rs.version(), StoredVersion.Provenance.UNKNOWN);
            out.add(new Version(rs.version(), library.status(rs.version(), today), rs.effectiveFrom(), until, replaced, rs.sha256(),
                    rs.tables().size(), rs.source().workbooks().size(), Steps.brief(p.stagedBy(), p.stagedAt()),
                    Steps.brief(p.activatedBy(), p.activatedAt())));
        }
        out.sort(Comparator.comparing(Version::effectiveFrom).thenComparing(Version::version));
        return out;
    }
}
