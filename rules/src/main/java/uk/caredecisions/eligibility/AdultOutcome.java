package uk.caredecisions.eligibility;

/** The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2)(a) to (j), in that order. */
public enum AdultOutcome {
    NUTRITION, PERSONAL_HYGIENE, TOILET_NEEDS, BEING_APPROPRIATELY_CLOTHED, USING_HOME_SAFELY,
    HABITABLE_HOME, FAMILY_AND_RELATIONSHIPS, WORK_TRAINING_EDUCATION_VOLUNTEERING,
    USING_COMMUNITY_FACILITIES, CARING_FOR_A_CHILD
}
