package uk.caredecisions.waitinglist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import uk.caredecisions.calendar.CalendarHorizon;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.common.RuleSetRef;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.triage.DayCount;
import uk.caredecisions.triage.Priority;
import uk.caredecisions.triage.Sequel;
import uk.caredecisions.triage.SuggestedService;
import uk.caredecisions.triage.Triage;
import uk.caredecisions.triage.TriageDecision;
import uk.caredecisions.triage.TriageRequest;

/**
 * A team manager's weekly review of the unallocated list: every case triaged again as it stands
 * under the policy in force on {@code asOf}, then ordered most urgent first (priority, then how far
 * past target, then longest wait), with its target date, keep-in-touch date and whether to escalate.
 *
 * <p>Cases are triaged in parallel, each in its own stateless session; each result goes in its own
 * slot and the order is a total order (ties fall back to the request's order), so the answer is the
 * same however the work is split.
 */
public final class WaitingList {

    public static final int MAX_CASES = 100_000;
    /** At most this many bad fields are listed; the detail still counts them all. */
    static final int MAX_ERRORS = 500;

    private static final List<String> CASE_FIELDS = List.of("caseReference", "waitingSince", "lastContactAt", "triage");

    private final Triage triage;

    public WaitingList(DecisionEngine engine) {
        this.triage = new Triage(engine);
    }

    /**
     * Reads, checks and prioritises a waiting-list body; {@code contexts} gives the rule set in force
     * on the list's {@code asOf} (null meaning today). A bad case is a 400 naming {@code cases[i].field}.
     */
    public WaitingListResult prioritise(JsonNode body, Function<LocalDate, DecisionContext> contexts) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("$", "The body must be a JSON object.")));
        }
        try {
            return prioritise(RequestReader.MAPPER.writeValueAsBytes(body), contexts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree could not be written as JSON", e);
        }
    }

    /**
     * The same from the body's JSON as sent, read as a stream: each case is read on its own as it is
     * triaged, and only what the answer needs is kept of each, so the list is never held as a tree.
     */
    public WaitingListResult prioritise(byte[] json, Function<LocalDate, DecisionContext> contexts) {
        WaitingListBody body = WaitingListBody.read(json);
        List<FieldError> errors = new ArrayList<>(body.unknownFields());
        LocalDate asOf = null;
        JsonNode asOfNode = body.asOf();
        if (asOfNode != null && !asOfNode.isNull()) {
            asOf = date(asOfNode);
            if (asOf == null) {
                errors.add(new FieldError("asOf", "Must be a date like 2026-11-23."));
            } else if (!RequestReader.inRange(asOf)) {
                errors.add(new FieldError("asOf", RequestReader.outOfRange()));
                asOf = null;
            }
        }
        if (!body.listed()) {
            errors.add(new FieldError("cases", "Required: an array of waiting cases."));
        } else if (body.count() > MAX_CASES) {
            errors.add(new FieldError("cases", "At most " + MAX_CASES + " cases in one call."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        DecisionContext context = contexts.apply(asOf);
        return prioritise(body, context);
    }

    private WaitingListResult prioritise(WaitingListBody cases, DecisionContext context) {
        int n = cases.count();
        Object[] slots = new Object[n];
        Map<Object, Object> shared = new ConcurrentHashMap<>();
        IntStream.range(0, n).parallel().forEach(i -> slots[i] = one(i, cases.caseAt(i), context, shared));

        List<FieldError> errors = new ArrayList<>();
        int bad = 0;
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (slots[i] instanceof Entry e) {
                entries.add(e);
            } else {
                @SuppressWarnings("unchecked")
                List<FieldError> caseErrors = (List<FieldError>) slots[i];
                bad += caseErrors.size();
                caseErrors.stream().limit(Math.max(0, MAX_ERRORS - errors.size())).forEach(errors::add);
            }
            slots[i] = null;
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(bad > errors.size() ? withCount(errors, bad) : errors);
        }

        entries.sort(Comparator.comparingInt((Entry e) -> e.priority().rank())
                .thenComparing(Comparator.comparingLong(Entry::pastTarget).reversed())
                .thenComparing(Entry::waitingSince)
                .thenComparingInt(Entry::index));
        List<PrioritisedCase> ordered = new ArrayList<>(n);
        for (int p = 0; p < entries.size(); p++) {
            ordered.add(entries.get(p).at(p + 1));
        }
        RuleSet rs = context.ruleSet();
        return new WaitingListResult(context.asOf(), new RuleSetRef(rs.version(), rs.sha256(), rs.effectiveFrom()),
                summary(ordered), ordered, CalendarHorizon.check(rs, entries.stream()
                        .filter(e -> e.target() != null && e.countedIn() == DayCount.WORKING_DAYS)
                        .map(Entry::target).toList()));
    }

    /** One case: its entry, or the list of what is wrong with it. */
    private Object one(int i, JsonNode node, DecisionContext context, Map<Object, Object> shared) {
        String at = "cases[" + i + "]";
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return List.of(new FieldError(at, "Must be a JSON object."));
        }
        unknownFields(node, CASE_FIELDS, at + ".", errors);
        String reference = null;
        JsonNode ref = node.get("caseReference");
        if (ref != null && !ref.isNull()) {
            if (!ref.isTextual() || ref.asText().length() > 200) {
                errors.add(new FieldError(at + ".caseReference", "Must be a string of at most 200 characters."));
            } else {
                reference = ref.asText();
            }
        }
        LocalDate waitingSince = null;
        JsonNode since = node.get("waitingSince");
        if (since == null || since.isNull()) {
            errors.add(new FieldError(at + ".waitingSince", "Required: the date the person started waiting, like 2026-10-01."));
        } else if ((waitingSince = date(since)) == null) {
            errors.add(new FieldError(at + ".waitingSince", "Must be a date like 2026-10-01."));
        } else if (!RequestReader.inRange(waitingSince)) {
            errors.add(new FieldError(at + ".waitingSince", RequestReader.outOfRange()));
            waitingSince = null;
        } else if (waitingSince.isAfter(context.asOf())) {
            errors.add(new FieldError(at + ".waitingSince", "Must not be after the list's asOf (" + context.asOf() + ")."));
        }
        LocalDate lastContact = null;
        JsonNode last = node.get("lastContactAt");
        if (last != null && !last.isNull() && (lastContact = dateOrInstant(last)) == null) {
            errors.add(new FieldError(at + ".lastContactAt", "Must be a date like 2026-11-02 or an instant like 2026-11-02T10:30:00Z."));
        } else if (lastContact != null && !RequestReader.inRange(lastContact)) {
            errors.add(new FieldError(at + ".lastContactAt", RequestReader.outOfRange()));
        }
        JsonNode triageNode = node.get("triage");
        TriageRequest request = null;
        boolean retriaged = false;
        if (triageNode == null || !triageNode.isObject()) {
            errors.add(new FieldError(at + ".triage", "Required: the triage request body of the case (see POST /v1/decisions/triage)."));
        } else {
            ObjectNode body = (ObjectNode) triageNode;
            retriaged = body.hasNonNull("contactReceivedAt");
            if (!retriaged && waitingSince != null) {
                body.put("contactReceivedAt", waitingSince.atStartOfDay(Triage.ENGLAND).toInstant().toString());
            }
            try {
                request = RequestReader.read(body, TriageRequest.class);
                errors.addAll(TriageDecision.checkRisks(request, context.ruleSet(), at + ".triage."));
                if (request.asOf() != null && !request.asOf().equals(context.asOf())) {
                    errors.add(new FieldError(at + ".triage.asOf", "The list's asOf (" + context.asOf() + ") applies to every case; leave this out."));
                }
            } catch (InvalidRequestException e) {
                boolean timed = body.hasNonNull("contactReceivedAt");
                // Without a contact time the clock starts at waitingSince; if that is missing, it is already named.
                e.errors().stream().filter(f -> timed || !f.field().equals("contactReceivedAt"))
                        .forEach(f -> errors.add(new FieldError(at + ".triage." + f.field(), f.message())));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (reference == null) {
            reference = request.caseReference();
        }
        try {
            // The target runs from when the person started waiting, not from the re-triage contact (issue 11).
            LocalDate retriagedOn = retriaged ? request.contactReceivedAt().atZone(Triage.ENGLAND).toLocalDate() : null;
            return entry(i, reference, waitingSince, retriagedOn, lastContact, triage.triage(request, context, waitingSince), context.asOf(), shared);
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> new FieldError(at + ".triage." + f.field(), f.message())).toList();
        }
    }

    /**
     * What the answer needs of one case, and no more: its triage's explanation is let go, and the
     * reasons and suggestions, which most cases share with many others, are kept once a list
     * ({@code shared}, equal values only, so the answer is the same).
     */
    private static Entry entry(int index, String reference, LocalDate waitingSince, LocalDate retriagedOn, LocalDate lastContact,
            Triage.Result r, LocalDate asOf, Map<Object, Object> shared) {
        LocalDate target = r.firstContactBy();
        long pastTarget = target == null ? Long.MIN_VALUE : ChronoUnit.DAYS.between(target, asOf);
        LocalDate nextContact = r.keepInTouchEveryDays() == null ? null
                : (lastContact != null ? lastContact : waitingSince).plusDays(r.keepInTouchEveryDays());
        boolean contactOverdue = nextContact != null && nextContact.isBefore(asOf);
        List<String> escalation = new ArrayList<>(2);
        if (pastTarget > 0) {
            escalation.add("PAST_TARGET");
        }
        if (contactOverdue) {
            escalation.add("CONTACT_OVERDUE");
        }
        return new Entry(index, reference, r.priority(), r.sequel(), once(shared, List.copyOf(r.services())),
                r.target() == null ? null : r.target().countedIn(), waitingSince, retriagedOn, ChronoUnit.DAYS.between(waitingSince, asOf),
                target, pastTarget, nextContact, contactOverdue, once(shared, List.copyOf(escalation)), once(shared, List.copyOf(r.priorityReasons())));
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    private record Entry(int index, String reference, Priority priority, Sequel sequel, List<SuggestedService> services, DayCount countedIn,
            LocalDate waitingSince, LocalDate retriagedOn, long waitingDays, LocalDate target, long pastTarget, LocalDate nextContact,
            boolean contactOverdue, List<String> escalation, List<Reason> reasons) {

        PrioritisedCase at(int position) {
            return new PrioritisedCase(position, index, reference, priority, waitingSince, waitingDays, retriagedOn, target,
                    Math.max(0, pastTarget), nextContact, contactOverdue, !escalation.isEmpty(), escalation, sequel, services, reasons);
        }
    }

    static WaitingListSummary summary(List<PrioritisedCase> cases) {
        Map<Priority, int[]> counts = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            counts.put(p, new int[4]);
        }
        int overdue = 0;
        int contact = 0;
        int escalate = 0;
        for (PrioritisedCase c : cases) {
            int[] k = counts.get(c.priority());
            k[0]++;
            if (c.daysOverdue() > 0) {
                k[1]++;
                overdue++;
            }
            if (c.contactOverdue()) {
                k[2]++;
                contact++;
            }
            if (c.escalate()) {
                k[3]++;
                escalate++;
            }
        }
        Map<Priority, WaitingListSummary.Counts> byPriority = new LinkedHashMap<>();
        counts.forEach((p, k) -> byPriority.put(p, new WaitingListSummary.Counts(k[0], k[1], k[2], k[3])));
        return new WaitingListSummary(cases.size(), overdue, contact, escalate, byPriority);
    }

    private static void unknownFields(JsonNode node, List<String> known, String prefix, List<FieldError> errors) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError(prefix + name, "Unknown field; accepted fields: " + known + "."));
            }
        }
    }

    private static List<FieldError> withCount(List<FieldError> errors, int total) {
        List<FieldError> out = new ArrayList<>(errors);
        out.add(new FieldError("cases", (total - errors.size()) + " more bad fields are not listed; fix these and send the list again."));
        return out;
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dateOrInstant(JsonNode node) {
        LocalDate date = date(node);
        if (date != null || !node.isTextual()) {
            return date;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(node.asText());
            if (!RequestReader.inRange(instant)) {
                return instant.toLocalDate(); // out of range, and so reported by the caller
            }
            return instant.atZoneSameInstant(Triage.ENGLAND).toLocalDate();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
