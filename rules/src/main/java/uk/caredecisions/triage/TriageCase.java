package uk.caredecisions.triage;

import uk.caredecisions.common.TriState;

/**
 * Fact: the contact as the rules see it, every tri-state resolved (none null). {@code routeOfAccess}
 * is the code, so that table rows can match it as text.
 */
public record TriageCase(
        PersonType personType,
        String routeOfAccess,
        TriState appearsToHaveNeeds,
        TriState urgentNeed,
        TriState refusesAssessment,
        TriState lacksCapacityToRefuse,
        TriState assessmentInBestInterests,
        TriState abuseOrNeglect,
        TriState substantialDifficulty,
        TriState appropriatePerson,
        TriState longStayLikely,
        TriState disagreement,
        TriState advocateInBestInterests) {}
