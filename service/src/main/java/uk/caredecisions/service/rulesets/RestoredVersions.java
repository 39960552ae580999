package uk.caredecisions.service.rulesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;

/**
 * What came back from the store besides the versions built at start-up: superseded versions,
 * checked but built only when first asked for (so start-up does not grow with history), and
 * published versions that could not be restored, which must never be silently stood in for.
 * {@code order} is a version's place among the published stored versions, oldest first; the
 * bundled folder comes before all of them, versions activated since start-up after.
 */
final class RestoredVersions {

    /** A published version that decides for dates from {@code effectiveFrom}, built on first use. */
    record Dormant(RuleSetSource source, String recordedSha256, int order) {}

    /** A published version that cannot be used, and why (the message names it). */
    record Unavailable(String version, LocalDate effectiveFrom, int order, String reason) {}

    private final Map<String, Dormant> dormant = new ConcurrentHashMap<>();
    private final Map<String, RuleSet> built = new ConcurrentHashMap<>();
    private final Map<String, Unavailable> unavailable = new ConcurrentHashMap<>();
    private final Map<String, Integer> orderOfEager = new ConcurrentHashMap<>();
    private final List<VersionStore.Skipped> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Why the store has not been read yet (null once it has): until then nothing is decided. */
    private volatile String awaitingStore;

    void awaitingStore(String reason) {
        awaitingStore = reason;
    }

    String awaitingStore() {
        return awaitingStore;
    }

    void dormant(Dormant d) {
        dormant.put(d.source().version(), d);
    }

    void unavailable(Unavailable u) {
        unavailable.put(u.version(), u);
    }

    void eager(String version, int order) {
        orderOfEager.put(version, order);
    }

    void skipped(List<VersionStore.Skipped> folders) {
        skipped.addAll(folders);
    }

    List<VersionStore.Skipped> skipped() {
        return List.copyOf(skipped);
    }

    boolean knows(String version) {
        return dormant.containsKey(version) || unavailable.containsKey(version);
    }

    List<Dormant> dormant() {
        return List.copyOf(dormant.values());
    }

    List<Unavailable> unavailable() {
        return List.copyOf(unavailable.values());
    }

    boolean isBuilt(String version) {
        return built.containsKey(version);
    }

    /** A dormant version by name, built now if it never was. */
    Optional<RuleSet> version(String version, Function<RuleSetSource, RuleSet> builder) {
        Dormant d = dormant.get(version);
        if (d == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(built.computeIfAbsent(version, v -> builder.apply(d.source())));
        } catch (RuntimeException e) {
            String reason = "Stored rule set " + version + " does not build: " + e.getMessage();
            unavailable.put(version, new Unavailable(version, d.source().effectiveFrom(), d.order(), reason));
            dormant.remove(version);
            throw new uk.caredecisions.service.common.RuleSetUnavailableException(reason);
        }
    }

    /**
     * The stored version that decides {@code date} instead of {@code fromLibrary} (what the loaded
     * versions alone would use), if a dormant or unavailable one outranks it: a later effective
     * date on or before {@code date}, or the same date and published later.
     */
    Optional<Object> outranking(LocalDate date, RuleSet fromLibrary, String bundledVersion) {
        if (dormant.isEmpty() && unavailable.isEmpty()) {
            return Optional.empty();
        }
        Object best = null;
        LocalDate bestFrom = null;
        int bestOrder = 0;
        if (fromLibrary != null) {
            bestFrom = fromLibrary.effectiveFrom();
            bestOrder = fromLibrary.version().equals(bundledVersion) ? -1 : orderOfEager.getOrDefault(fromLibrary.version(), Integer.MAX_VALUE);
        }
        List<Object> candidates = new ArrayList<>(dormant.values());
        candidates.addAll(unavailable.values());
        for (Object c : candidates) {
            LocalDate from = c instanceof Dormant d ? d.source().effectiveFrom() : ((Unavailable) c).effectiveFrom();
            int order = c instanceof Dormant d ? d.order() : ((Unavailable) c).order();
            if (from.isAfter(date)) {
                continue;
            }
            if (bestFrom == null || from.isAfter(bestFrom) || (from.equals(bestFrom) && order > bestOrder)) {
                best = c;
                bestFrom = from;
                bestOrder = order;
            }
        }
        return Optional.ofNullable(best);
    }
}
