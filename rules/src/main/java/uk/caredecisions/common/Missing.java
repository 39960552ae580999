package uk.caredecisions.common;

/** A fact the decision depends on that is not known: the request field, and what to find out, in plain English. */
public record Missing(String field, String question) {}
