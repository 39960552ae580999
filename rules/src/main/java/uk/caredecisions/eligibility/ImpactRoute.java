package uk.caredecisions.eligibility;

/** How the practitioner found a significant impact on wellbeing: one area, several adding up, or further outcomes soon failing. */
public enum ImpactRoute { SINGLE, CUMULATIVE, DOMINO }
