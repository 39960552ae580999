package uk.caredecisions.safeguarding;

/** Who the risk comes from, as the Safeguarding Adults Collection (SAC) counts sources. */
public enum SourceOfRisk { SERVICE_PROVIDER, KNOWN_TO_INDIVIDUAL, UNKNOWN_TO_INDIVIDUAL }
