package uk.caredecisions.common;

/**
 * A sentence a wording-table row gives to a finding. {@code template} may name the finding's
 * parameters as {@code {name}}; {@code row} is the table row's rule name, mapped to its cell.
 */
public record Wording(Finding finding, String template, String row) {}
