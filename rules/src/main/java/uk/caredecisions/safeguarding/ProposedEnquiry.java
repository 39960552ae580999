package uk.caredecisions.safeguarding;

/** Fact: an enquiry is indicated (S42_ENQUIRY or OTHER_ENQUIRY), before the adult's wishes are weighed. */
public record ProposedEnquiry(String outcome) {}
