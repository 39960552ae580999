package uk.caredecisions.triage;

/** The services a triage may suggest, in the order they are listed in a response. */
public enum SuggestedService {
    INFORMATION_AND_SIGNPOSTING,
    EQUIPMENT_AND_ADAPTATIONS,
    CARE_TECHNOLOGY,
    REABLEMENT,
    CRISIS_RESPONSE,
    CARERS_ASSESSMENT,
    NEEDS_ASSESSMENT,
    SAFEGUARDING_CONCERN
}
