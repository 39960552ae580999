package uk.caredecisions.safeguarding;

/** Fact from the Routes table: a route that matches; the first matching row decides. */
public record RouteOption(String row, String route) {}
