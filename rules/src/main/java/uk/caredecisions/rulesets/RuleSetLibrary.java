package uk.caredecisions.rulesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.caredecisions.engine.RuleSet;

/**
 * Every rule set loaded in this process. Published rule sets decide: a decision uses the latest
 * published one whose {@code effectiveFrom} is on or before the decision's {@code asOf}. Staged
 * ones are built and checked but decide nothing until activated.
 *
 * <p>The library is an immutable snapshot behind a volatile reference: publishing swaps the whole
 * snapshot at once, so every decision sees either the old set or the new, never a mixture.
 */
public final class RuleSetLibrary {

    /** How a rule set stands on a given day. */
    public enum Status { ACTIVE, SCHEDULED, SUPERSEDED, STAGED }

    /** A loaded rule set and the order it was published in (0 while only staged). */
    public record Entry(RuleSet ruleSet, long publishedSeq) {
        public boolean published() {
            return publishedSeq > 0;
        }
    }

    private record Snapshot(List<Entry> published, Map<String, Entry> all, long seq) {}

    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of(), 0);

    /** The rule set that decides on {@code date}. */
    public Optional<RuleSet> inForceOn(LocalDate date) {
        List<Entry> published = snapshot.published();
        for (int i = published.size() - 1; i >= 0; i--) {
            RuleSet rs = published.get(i).ruleSet();
            if (!rs.effectiveFrom().isAfter(date)) {
                return Optional.of(rs);
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return snapshot.published().isEmpty();
    }

    public Optional<RuleSet> version(String version) {
        return Optional.ofNullable(snapshot.all().get(version)).map(Entry::ruleSet);
    }

    public List<Entry> entries() {
        return List.copyOf(snapshot.all().values());
    }

    public synchronized void stage(RuleSet ruleSet) {
        Snapshot s = snapshot;
        checkVersion(s, ruleSet);
        Map<String, Entry> all = new LinkedHashMap<>(s.all());
        all.put(ruleSet.version(), new Entry(ruleSet, 0));
        snapshot = new Snapshot(s.published(), Map.copyOf(all), s.seq());
    }

    /** Makes a rule set decide from its effective date, in one atomic swap. */
    public synchronized void publish(RuleSet ruleSet) {
        Snapshot s = snapshot;
        checkVersion(s, ruleSet);
        long seq = s.seq() + 1;
        Entry entry = new Entry(ruleSet, seq);
        Map<String, Entry> all = new LinkedHashMap<>(s.all());
        all.put(ruleSet.version(), entry);
        List<Entry> published = new ArrayList<>(s.published());
        published.removeIf(e -> e.ruleSet().version().equals(ruleSet.version()));
        published.add(entry);
        published.sort(Comparator.comparing((Entry e) -> e.ruleSet().effectiveFrom()).thenComparingLong(Entry::publishedSeq));
        snapshot = new Snapshot(List.copyOf(published), Map.copyOf(all), seq);
    }

    public Status status(String version, LocalDate today) {
        Entry entry = snapshot.all().get(version);
        if (entry == null) {
            throw new IllegalArgumentException("No rule set " + version);
        }
        if (!entry.published()) {
            return Status.STAGED;
        }
        if (entry.ruleSet().effectiveFrom().isAfter(today)) {
            return Status.SCHEDULED;
        }
        return inForceOn(today).map(rs -> rs.version().equals(version) ? Status.ACTIVE : Status.SUPERSEDED).orElse(Status.SUPERSEDED);
    }

    private static void checkVersion(Snapshot s, RuleSet ruleSet) {
        Entry existing = s.all().get(ruleSet.version());
        if (existing != null && !existing.ruleSet().sha256().equals(ruleSet.sha256())) {
            throw new IllegalArgumentException("Version " + ruleSet.version() + " is already loaded with different content; give the new rule set a new version.");
        }
    }
}
