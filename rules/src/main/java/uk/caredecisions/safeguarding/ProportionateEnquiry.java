package uk.caredecisions.safeguarding;

/** Fact from the OtherEnquiry table: an enquiry is necessary and proportionate though s42 does not oblige one. */
public record ProportionateEnquiry(String row, String because) {}
