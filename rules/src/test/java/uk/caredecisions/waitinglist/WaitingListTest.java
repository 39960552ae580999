package uk.caredecisions.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.triage.Priority;

/** The weekly review of an unallocated list, through the real triage rules and tables. */
class WaitingListTest {

    /** Monday 23 November 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final WaitingList list = new WaitingList(new DecisionEngine());

    static JsonNode json(String text) {
        try {
            return RequestReader.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String waiting(String reference, String since, String lastContact, String route, String... risks) {
        String riskList = risks.length == 0 ? "[]" : "[\"" + String.join("\", \"", risks) + "\"]";
        return "{\"caseReference\": \"" + reference + "\", \"waitingSince\": \"" + since + "\""
                + (lastContact == null ? "" : ", \"lastContactAt\": \"" + lastContact + "\"")
                + ", \"triage\": {\"routeOfAccess\": \"" + route + "\", \"presentingRisks\": " + riskList + "}}";
    }

    WaitingListResult prioritise(String... cases) {
        return list.prioritise(json("{\"asOf\": \"2026-11-23\", \"cases\": [" + String.join(",", cases) + "]}"),
                asOf -> DecisionContext.of(BundledRuleSet.get(), asOf == null ? MONDAY : asOf));
    }

    static String retriaged(String reference, String since, String contactReceivedAt, String... risks) {
        String riskList = risks.length == 0 ? "[]" : "[\"" + String.join("\", \"", risks) + "\"]";
        return "{\"caseReference\": \"" + reference + "\", \"waitingSince\": \"" + since + "\""
                + ", \"triage\": {\"contactReceivedAt\": \"" + contactReceivedAt + "\", \"routeOfAccess\": \"COMMUNITY\", "
                + "\"presentingRisks\": " + riskList + "}}";
    }

    /** Issue 11: the target runs from waitingSince, not from the re-triage contact; the re-triage date is kept. */
    @Test
    void someoneWaiting83DaysReTriagedLastWeekIsPastTargetFromWhenTheyStartedWaiting() {
        PrioritisedCase c = prioritise(retriaged("WAITED-83", "2026-09-01", "2026-11-17T10:00:00Z", "SOCIAL_ISOLATION")).cases().get(0);
        assertThat(c.priority()).isEqualTo(Priority.LOW);
        assertThat(c.waitingDays()).isEqualTo(83);
        assertThat(c.retriagedOn()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(c.targetDate()).isEqualTo(LocalDate.of(2026, 9, 29)); // 1 September + 28 days, not 17 November + 28
        assertThat(c.daysOverdue()).isEqualTo(55);
        assertThat(c.escalationReasons()).contains("PAST_TARGET");
    }

    @Test
    void aReTriagedCaseStillWithinItsTargetFromWhenTheyStartedWaitingIsNotPastTarget() {
        PrioritisedCase c = prioritise(retriaged("WAITED-20", "2026-11-03", "2026-11-17T10:00:00Z", "SOCIAL_ISOLATION")).cases().get(0);
        assertThat(c.targetDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(c.retriagedOn()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(c.daysOverdue()).isZero();
        assertThat(c.escalationReasons()).doesNotContain("PAST_TARGET");
    }

    @Test
    void theTargetDayItselfIsNotPastTargetAndTheDayAfterIs() {
        var r = prioritise(retriaged("DAY-28", "2026-10-26", "2026-11-20T10:00:00Z", "SOCIAL_ISOLATION"),
                retriaged("DAY-29", "2026-10-25", "2026-11-20T10:00:00Z", "SOCIAL_ISOLATION"));
        PrioritisedCase onTheDay = r.cases().stream().filter(c -> c.caseReference().equals("DAY-28")).findFirst().orElseThrow();
        PrioritisedCase dayAfter = r.cases().stream().filter(c -> c.caseReference().equals("DAY-29")).findFirst().orElseThrow();
        assertThat(onTheDay.targetDate()).isEqualTo(MONDAY);
        assertThat(onTheDay.escalationReasons()).doesNotContain("PAST_TARGET");
        assertThat(dayAfter.daysOverdue()).isEqualTo(1);
        assertThat(dayAfter.escalationReasons()).contains("PAST_TARGET");
    }

    @Test
    void aCaseSentWithoutAReTriageContactHasNoReTriageDate() {
        PrioritisedCase c = prioritise(waiting("NO-CONTACT", "2026-11-03", null, "COMMUNITY", "SOCIAL_ISOLATION")).cases().get(0);
        assertThat(c.retriagedOn()).isNull();
        assertThat(c.targetDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void casesComeBackMostUrgentFirstThenFurthestPastTargetThenLongestWait() {
        WaitingListResult r = prioritise(
                waiting("LOW-OLD", "2026-09-01", "2026-11-20", "COMMUNITY", "SOCIAL_ISOLATION"),
                waiting("MED-RECENT", "2026-11-16", null, "COMMUNITY", "RECENT_FALL"),
                waiting("HIGH-LONG-OVERDUE", "2026-10-01", "2026-11-20", "COMMUNITY", "CARER_AT_RISK_OF_BREAKDOWN"),
                waiting("CRIT", "2026-11-23", null, "COMMUNITY", "IMMEDIATE_RISK_TO_LIFE"),
                waiting("HIGH-JUST-OVERDUE", "2026-11-16", "2026-11-20", "COMMUNITY", "TERMINAL_ILLNESS"),
                waiting("MED-OLD", "2026-11-09", null, "COMMUNITY", "DETERIORATING_HEALTH"));
        assertThat(r.cases()).extracting(PrioritisedCase::caseReference).containsExactly(
                "CRIT", "HIGH-LONG-OVERDUE", "HIGH-JUST-OVERDUE", "MED-OLD", "MED-RECENT", "LOW-OLD");
        assertThat(r.cases()).extracting(PrioritisedCase::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.cases().get(0).index()).isEqualTo(3);
    }

    @Test
    void aCasePastItsTargetIsOverdueAndEscalated() {
        WaitingListResult r = prioritise(waiting("H", "2026-11-02", "2026-11-20", "COMMUNITY", "CARER_AT_RISK_OF_BREAKDOWN"));
        PrioritisedCase c = r.cases().get(0);
        assertThat(c.priority()).isEqualTo(Priority.HIGH);
        assertThat(c.targetDate()).isEqualTo(LocalDate.of(2026, 11, 4)); // Monday + 2 working days
        assertThat(c.daysOverdue()).isEqualTo(19);
        assertThat(c.waitingDays()).isEqualTo(21);
        assertThat(c.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 27)); // last contact + 7
        assertThat(c.contactOverdue()).isFalse();
        assertThat(c.escalate()).isTrue();
        assertThat(c.escalationReasons()).containsExactly("PAST_TARGET");
        assertThat(c.reasons()).extracting(rs -> rs.code()).containsExactly("RISK_PRIORITY", "PRIORITY");
    }

    @Test
    void aCaseCarriesTheReasonsForItsPriorityNotThoseOfLowerRisks() {
        PrioritisedCase c = prioritise(waiting("C", "2026-11-20", null, "COMMUNITY", "SOCIAL_ISOLATION", "TERMINAL_ILLNESS", "RECENT_FALL"))
                .cases().get(0);
        assertThat(c.priority()).isEqualTo(Priority.HIGH);
        assertThat(c.reasons()).extracting(rs -> rs.code() + ":" + rs.subject()).containsExactly("RISK_PRIORITY:TERMINAL_ILLNESS", "PRIORITY:null");
        assertThat(c.reasons().get(1).text()).isEqualTo("Priority: high, the most urgent that applies, for terminal illness.");
    }

    @Test
    void aCaseDueTodayIsNotYetOverdue() {
        // Monday 9 November plus 10 working days is Monday 23 November, the review date.
        PrioritisedCase c = prioritise(waiting("M", "2026-11-09", null, "COMMUNITY", "RECENT_FALL")).cases().get(0);
        assertThat(c.targetDate()).isEqualTo(MONDAY);
        assertThat(c.daysOverdue()).isZero();
        assertThat(c.nextContactDue()).isEqualTo(MONDAY);
        assertThat(c.escalate()).isFalse();
        assertThat(c.escalationReasons()).isEmpty();
    }

    @Test
    void aCaseOverdueAContactIsEscalatedEvenWithinItsTarget() {
        PrioritisedCase c = prioritise(waiting("L", "2026-11-20", "2026-10-20", "COMMUNITY")).cases().get(0);
        assertThat(c.priority()).isEqualTo(Priority.LOW);
        assertThat(c.daysOverdue()).isZero();
        assertThat(c.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(c.contactOverdue()).isTrue();
        assertThat(c.escalationReasons()).containsExactly("CONTACT_OVERDUE");
    }

    @Test
    void lastContactMayBeAnInstantAndTheDateInLondonCounts() {
        PrioritisedCase c = prioritise(waiting("H", "2026-11-20", "2026-11-20T23:30:00Z", "COMMUNITY", "TERMINAL_ILLNESS")).cases().get(0);
        assertThat(c.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void theSummaryCountsByPriorityAndOverdue() {
        WaitingListResult r = prioritise(
                waiting("A", "2026-11-02", "2026-11-20", "COMMUNITY", "CARER_AT_RISK_OF_BREAKDOWN"), // HIGH, past target
                waiting("B", "2026-11-20", "2026-10-20", "COMMUNITY"),                               // LOW, contact overdue
                waiting("C", "2026-11-23", null, "COMMUNITY", "IMMEDIATE_RISK_TO_LIFE"),             // CRITICAL, due today
                waiting("D", "2026-11-01", "2026-11-01", "COMMUNITY", "IMMEDIATE_RISK_TO_LIFE"));    // CRITICAL, both
        WaitingListSummary s = r.summary();
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.overdue()).isEqualTo(2);
        assertThat(s.contactOverdue()).isEqualTo(2);
        assertThat(s.escalate()).isEqualTo(3);
        assertThat(s.byPriority().keySet()).containsExactly(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW);
        assertThat(s.byPriority().get(Priority.CRITICAL)).isEqualTo(new WaitingListSummary.Counts(2, 1, 1, 1));
        assertThat(s.byPriority().get(Priority.HIGH)).isEqualTo(new WaitingListSummary.Counts(1, 1, 0, 1));
        assertThat(s.byPriority().get(Priority.MEDIUM)).isEqualTo(new WaitingListSummary.Counts(0, 0, 0, 0));
        assertThat(s.byPriority().get(Priority.LOW)).isEqualTo(new WaitingListSummary.Counts(1, 0, 1, 1));
    }

    @Test
    void everyBadCaseFieldIsNamedByItsIndex() {
        assertThatThrownBy(() -> prioritise(
                waiting("OK", "2026-11-02", null, "COMMUNITY"),
                "{\"caseReference\": \"NO-DATE\", \"triage\": {\"routeOfAccess\": \"COMMUNITY\"}}",
                waiting("BAD-ROUTE", "2026-11-02", null, "BY_PIGEON"),
                waiting("BAD-RISK", "2026-11-02", null, "COMMUNITY", "RECENT_FALL", "FELL_OFF_A_LADDER"),
                "{\"waitingSince\": \"2026-11-02\", \"triage\": {\"routeOfAccess\": \"COMMUNITY\"}, \"colour\": \"red\"}"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> {
                    List<FieldError> errors = ((InvalidRequestException) e).errors();
                    assertThat(errors).extracting(FieldError::field).containsExactly("cases[1].waitingSince", "cases[2].triage.routeOfAccess",
                            "cases[3].triage.presentingRisks[1]", "cases[4].colour");
                    assertThat(errors.get(2).message()).contains("FELL_OFF_A_LADDER", "RECENT_FALL", "SOCIAL_ISOLATION");
                });
    }

    @Test
    void aMissingListOrAMalformedAsOfIsRefused() {
        assertThatThrownBy(() -> list.prioritise(json("{\"asOf\": \"23/11/2026\"}"), asOf -> BundledRuleSet.context()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field).containsExactly("asOf", "cases"));
    }

    @Test
    void theSameListAlwaysComesBackInTheSameOrder() {
        String[] cases = new String[400];
        String[] risks = {"RECENT_FALL", "SOCIAL_ISOLATION", "TERMINAL_ILLNESS", "IMMEDIATE_RISK_TO_LIFE", "DETERIORATING_HEALTH"};
        for (int i = 0; i < cases.length; i++) {
            cases[i] = waiting("C" + i, LocalDate.of(2026, 9, 1).plusDays(i % 80).toString(), null, i % 7 == 0 ? "PRISON" : "COMMUNITY",
                    risks[i % risks.length]);
        }
        List<String> first = prioritise(cases).cases().stream().map(PrioritisedCase::caseReference).toList();
        for (int run = 0; run < 3; run++) {
            assertThat(prioritise(cases).cases().stream().map(PrioritisedCase::caseReference).toList()).isEqualTo(first);
        }
    }

    @Test
    void theListReadAsAStreamGivesTheAnswerTheTreeGave() throws Exception {
        var body = WaitingListLoad.list(600, uk.caredecisions.triage.TriageVocabulary.of(BundledRuleSet.get()).risks(), new java.util.Random(7));
        byte[] bytes = RequestReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        var contexts = (java.util.function.Function<LocalDate, DecisionContext>) asOf -> DecisionContext.of(BundledRuleSet.get(), asOf);
        String fromTree = RequestReader.MAPPER.writeValueAsString(list.prioritise(body.deepCopy(), contexts));
        assertThat(RequestReader.MAPPER.writeValueAsString(list.prioritise(bytes, contexts))).isEqualTo(fromTree);
        // JSON may come in UTF-16 too; read the same.
        byte[] utf16 = RequestReader.MAPPER.writeValueAsString(body).getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertThat(RequestReader.MAPPER.writeValueAsString(list.prioritise(utf16, contexts))).isEqualTo(fromTree);
    }

    @Test
    void everyKindOfValueInTheListIsReadWholeAndNamedByItsIndex() {
        // Found by the fuzz: a string's end was taken as its opening quote (Jackson reads strings lazily), and the case could not be read (a 500).
        String[] values = {"\"\"", "\"2026-02-30\"", "\"\\u0000\u202e<script>\"", "9223372036854775807", "1.0E308", "null", "true", "[]", "[\"x\", {}]"};
        assertThatThrownBy(() -> prioritise(values))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field)
                        .containsExactly("cases[0]", "cases[1]", "cases[2]", "cases[3]", "cases[4]", "cases[5]", "cases[6]", "cases[7]", "cases[8]"));
        assertThatThrownBy(() -> prioritise(waiting("OK", "2026-11-02", null, "COMMUNITY"), "\"" + "x".repeat(100_000) + "\""))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field).containsExactly("cases[1]"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithWhereItBreaks() {
        byte[] broken = ("{\"asOf\": \"2026-11-23\",\n \"cases\": [" + waiting("OK", "2026-11-02", null, "COMMUNITY") + ", {\"caseReference\": }]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> list.prioritise(broken, asOf -> BundledRuleSet.context()))
                .isInstanceOf(uk.caredecisions.common.MalformedJsonException.class)
                .satisfies(e -> assertThat(((uk.caredecisions.common.MalformedJsonException) e).line()).isEqualTo(2));
        for (String notAnObject : List.of("", "[]", "\"list\"", "42")) {
            assertThatThrownBy(() -> list.prioritise(notAnObject.getBytes(java.nio.charset.StandardCharsets.UTF_8), asOf -> BundledRuleSet.context()))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field).containsExactly("$"));
        }
    }

    @Test
    void unknownFieldsAreNamedWhateverTheyHoldAndTheLastCasesCounts() {
        assertThatThrownBy(() -> list.prioritise(json("{\"notes\": {\"cases\": [1, {\"x\": [2]}]}, \"asOf\": \"2026-11-23\", \"cases\": [], \"owner\": [\"a\"]}"),
                asOf -> BundledRuleSet.context()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field).containsExactly("notes", "owner"));
        byte[] twice = ("{\"asOf\": \"2026-11-23\", \"cases\": \"none\", \"cases\": [" + waiting("LAST", "2026-11-02", null, "COMMUNITY") + "]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list.prioritise(twice, asOf -> DecisionContext.of(BundledRuleSet.get(), asOf)).cases())
                .extracting(PrioritisedCase::caseReference).containsExactly("LAST");
    }

    @Test
    void aHundredThousandCasesAreTakenAndOneMoreIsRefusedBeforeAnyIsTriaged() {
        StringBuilder body = new StringBuilder("{\"asOf\": \"2026-11-23\", \"cases\": [");
        for (int i = 0; i <= WaitingList.MAX_CASES; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        body.append("]}");
        assertThat(WaitingList.MAX_CASES).isEqualTo(100_000);
        assertThatThrownBy(() -> list.prioritise(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), asOf -> BundledRuleSet.context()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::message)
                        .containsExactly("At most 100000 cases in one call."));
        // One fewer is read, and every case (empty here) named.
        String fewer = body.toString().replaceFirst("\\{\\},", "");
        assertThatThrownBy(() -> list.prioritise(fewer.getBytes(java.nio.charset.StandardCharsets.UTF_8), asOf -> BundledRuleSet.context()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("cases[0].waitingSince"));
    }
}
