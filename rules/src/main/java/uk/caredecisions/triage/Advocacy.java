package uk.caredecisions.triage;

/** Whether Care Act s67 requires the council to arrange an independent advocate. */
public enum Advocacy {
    REQUIRED,
    NOT_REQUIRED
}
