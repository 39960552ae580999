package uk.caredecisions.triage;

/** How a target counts days: working days skip weekends and England and Wales bank holidays. */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS
}
