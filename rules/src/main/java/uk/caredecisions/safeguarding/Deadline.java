package uk.caredecisions.safeguarding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Fact: a deadline counted in working days from the day the concern was received. */
public record Deadline(String name, LocalDate date, int workingDays) {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The date as a worker reads it: Monday 23 November 2026. */
    public String inWords() {
        return date.format(WORDS);
    }
}
