package uk.caredecisions.service.console;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A GOV.UK date input (day, month and year in three boxes) read into a date, or the message GOV.UK's
 * pattern gives for what is missing or impossible, against the field id of the first box.
 */
public final class DateFields {

    private DateFields() {}

    /** The date, or null with the problem added to {@code errors} under {@code field}; blank boxes are null without a problem. */
    public static LocalDate read(String field, String label, String day, String month, String year, boolean required, FormErrors errors) {
        boolean blank = isBlank(day) && isBlank(month) && isBlank(year);
        if (blank) {
            if (required) {
                errors.add(field, "Enter " + label);
            }
            return null;
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            String missing = isBlank(day) ? "a day" : isBlank(month) ? "a month" : "a year";
            errors.add(field, capitalised(label) + " must include " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                errors.add(field, "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, capitalised(label) + " must be a real date");
            return null;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
