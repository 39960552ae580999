package uk.caredecisions.service.rulesets;

/** The practice lead who staged a version tried to approve it: the second approval must be someone else's. */
public class SelfApprovalException extends RuntimeException {
    SelfApprovalException(String version, String actor) {
        super("Rule set " + version + " was staged by you (" + actor + "); the approval must come from another practice lead.");
    }
}
