package uk.caredecisions.triage;

/**
 * How the person came to the council: the route-of-access codes of the national client-level data
 * return (formerly SALT), carried in outputs so the statutory return needs no re-keying.
 */
public enum RouteOfAccess {
    COMMUNITY,
    DISCHARGE_FROM_HOSPITAL,
    DIVERSION_FROM_HOSPITAL,
    PLANNED_ENTRY_TRANSITION,
    SELF_FUNDER_DEPLETED_FUNDS,
    PRISON
}
