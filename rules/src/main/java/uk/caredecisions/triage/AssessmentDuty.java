package uk.caredecisions.triage;

/** What Care Act s9 / s10 and s11 require about assessment at first contact. */
public enum AssessmentDuty {
    /** s9(1) / s10(1): it appears the person may have needs, and no refusal stands. */
    ASSESS,
    /** s11(1) / s11(5): the person refused and no override applies. */
    REFUSAL_RESPECTED,
    /** s11(2): an adult refused, but lacks capacity (assessment in best interests) or faces abuse or neglect. */
    ASSESS_DESPITE_REFUSAL,
    /** It does not appear that the person may have needs, so the duty to assess does not arise. */
    NO_APPEARANCE_OF_NEED
}
