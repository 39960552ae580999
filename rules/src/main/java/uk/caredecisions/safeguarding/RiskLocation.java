package uk.caredecisions.safeguarding;

/** Where the risk arose, as the Safeguarding Adults Collection (SAC) counts locations. */
public enum RiskLocation {
    OWN_HOME, IN_THE_COMMUNITY, IN_A_COMMUNITY_SERVICE, CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL,
    HOSPITAL_ACUTE, HOSPITAL_MENTAL_HEALTH, HOSPITAL_COMMUNITY, OTHER
}
