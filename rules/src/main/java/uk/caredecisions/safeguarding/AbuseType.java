package uk.caredecisions.safeguarding;

/** The eleven types of abuse and neglect the national Safeguarding Adults Collection (SAC) counts. */
public enum AbuseType {
    PHYSICAL, SEXUAL, PSYCHOLOGICAL, FINANCIAL_OR_MATERIAL, DISCRIMINATORY, ORGANISATIONAL,
    NEGLECT_AND_ACTS_OF_OMISSION, DOMESTIC_ABUSE, SEXUAL_EXPLOITATION, MODERN_SLAVERY, SELF_NEGLECT
}
