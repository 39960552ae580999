package uk.caredecisions.eligibility;

/** The eight carer outcomes of the Eligibility Regulations 2015, reg 3(2)(b)(i) to (viii), in that order. */
public enum CarerOutcome {
    CARING_FOR_A_CHILD, CARING_FOR_OTHERS, HABITABLE_HOME, NUTRITION, FAMILY_AND_RELATIONSHIPS,
    WORK_TRAINING_EDUCATION_VOLUNTEERING, USING_COMMUNITY_FACILITIES, RECREATIONAL_ACTIVITIES
}
