package uk.caredecisions.safeguarding;

/** Where a concern goes when there is no enquiry. */
public enum Route { PROVIDER_INCIDENT_PROCESS, MULTI_AGENCY_RISK_MANAGEMENT, NEEDS_ASSESSMENT, INFORMATION_AND_ADVICE }
