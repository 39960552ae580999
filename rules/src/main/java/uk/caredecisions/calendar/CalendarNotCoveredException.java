package uk.caredecisions.calendar;

/** A deadline falls after the bank-holiday table's last year and the calendar's settings say to refuse rather than warn. */
public class CalendarNotCoveredException extends RuntimeException {
    public CalendarNotCoveredException(String message) {
        super(message);
    }
}
