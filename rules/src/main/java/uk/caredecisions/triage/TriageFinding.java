package uk.caredecisions.triage;

import java.util.List;

/**
 * Fact: a finding of the law's triage rules that local policy may give a priority floor, a sequel
 * or a service: the TriagePriorities and TriageSequels tables key rows on its code, so a practice
 * lead sets what recorded abuse or urgent needs mean for the queue, not a developer.
 */
public record TriageFinding(String code) {

    /** It is recorded that the person is experiencing, or is at risk of, abuse or neglect (the abuseOrNeglect field or the risk). */
    public static final String ABUSE_OR_NEGLECT_RECORDED = "ABUSE_OR_NEGLECT_RECORDED";
    /** An adult's needs are recorded as appearing urgent (s19(3)). */
    public static final String URGENT_NEEDS_S19 = "URGENT_NEEDS_S19";
    /** A carer's situation is recorded as urgent: s19(3) is for the adult cared for. */
    public static final String CARER_URGENT = "CARER_URGENT";

    /** The codes a table row may name. */
    public static final List<String> CODES = List.of(ABUSE_OR_NEGLECT_RECORDED, URGENT_NEEDS_S19, CARER_URGENT);
}
