package uk.caredecisions.common;

/**
 * One step of a decision's explanation: what was found, in plain English, under which provision,
 * by which rule, and (where a table row decided or worded it) the workbook cell of that row.
 */
public record Reason(String code, String subject, String text, String legalBasis, String rule, String source) {}
