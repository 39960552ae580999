package uk.caredecisions.safeguarding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The deadlines for a concern, in working days from the day it was received (England and Wales bank holidays skipped). */
public record Deadlines(
        @Schema(description = "The threshold decision must be made and recorded by the end of this day.") LocalDate thresholdDecisionBy,
        @Schema(description = "Strategy discussion by the end of this day (enquiries only).") LocalDate strategyDiscussionBy,
        @Schema(description = "Enquiry concluded by the end of this day (enquiries only).") LocalDate enquiryConcludedBy) {}
