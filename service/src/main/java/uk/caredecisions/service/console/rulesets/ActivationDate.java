package uk.caredecisions.service.console.rulesets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.caredecisions.service.console.DateFields;
import uk.caredecisions.service.console.FormErrors;

/**
 * What a practice lead chose on a staged version's page for the date it decides from: the one it
 * was staged with, today, or another date (today or later, up to the end of 2100, as the API allows).
 */
final class ActivationDate {

    static final String STAGED = "staged";
    static final String TODAY = "today";
    static final String OTHER = "date";
    /** The first box of the date input, which the error summary links to. */
    static final String FIELD = "activate-from-day";

    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ActivationDate() {}

    /** The date chosen, or null for the staged one; a problem is added to {@code errors} under {@link #FIELD} or {@code when}. */
    static LocalDate read(String when, String day, String month, String year, LocalDate today, FormErrors errors) {
        switch (when) {
            case STAGED:
                return null;
            case TODAY:
                return today;
            case OTHER:
                LocalDate date = DateFields.read(FIELD, "the date it decides from", day, month, year, true, errors);
                if (date != null && date.isBefore(today)) {
                    errors.add(FIELD, "The date it decides from must be today (" + DAY.format(today) + ") or in the future");
                    return null;
                }
                if (date != null && date.isAfter(LATEST)) {
                    errors.add(FIELD, "The date it decides from must be on or before 31 December 2100");
                    return null;
                }
                return date;
            default:
                errors.add("when", "Select when it decides from");
                return null;
        }
    }
}
