package uk.caredecisions.common;

/** Fact: the plain-English name a wording table gives a code (an outcome, an indicator), with its row. */
public record Label(String code, String text, String row) {}
