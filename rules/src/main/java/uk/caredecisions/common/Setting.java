package uk.caredecisions.common;

/** A local policy value from a settings table (a minimum period, a target), with the row that set it. */
public record Setting(String name, int value, String row) {}
