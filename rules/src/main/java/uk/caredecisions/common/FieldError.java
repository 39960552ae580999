package uk.caredecisions.common;

/** One bad field of a request: its path ({@code outcomes.NUTRITION}) and what is wrong, in words a developer can act on. */
public record FieldError(String field, String message) {}
