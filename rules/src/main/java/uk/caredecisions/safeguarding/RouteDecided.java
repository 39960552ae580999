package uk.caredecisions.safeguarding;

/** Fact: the route decided for a concern with no enquiry. */
public record RouteDecided(String route) {}
