package uk.caredecisions.service.rulesets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;

/** A rule set's effectiveFrom: from the day the Care Act's eligibility regulations came into force (1 April 2015) to the end of 2100. */
final class EffectiveDates {

    static final LocalDate EARLIEST = LocalDate.of(2015, 4, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private EffectiveDates() {}

    static LocalDate parse(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldError(field, "Give a date like 2026-12-01.")));
        }
        return check(field, date);
    }

    static LocalDate check(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidRequestException(List.of(new FieldError(field,
                    "Must be between " + EARLIEST + " (the Care Act 2014 eligibility regulations in force) and " + LATEST + ".")));
        }
        return date;
    }

    /** A date chosen when activating: never before today, so no decision already dated changes under it. */
    static LocalDate notBefore(String field, LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw new InvalidRequestException(List.of(new FieldError(field,
                    "Must be today (" + today + ") or later: activating cannot change the rule set of a date already past.")));
        }
        return date;
    }
}
