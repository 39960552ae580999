package uk.caredecisions.triage;

/**
 * Whose contact this is: an adult who may need care and support (Care Act s9), or a carer who may
 * need support (s10). It matters in law: a carer's refusal of assessment has no override (s11(5)).
 */
public enum PersonType {
    ADULT,
    CARER
}
