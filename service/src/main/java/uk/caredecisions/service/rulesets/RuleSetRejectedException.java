package uk.caredecisions.service.rulesets;

import uk.caredecisions.rulesets.PublishGate;

/** A new rule set did not pass the gate (validation or scenarios): nothing was staged. */
class RuleSetRejectedException extends RuntimeException {

    private final transient PublishGate.Verdict verdict;

    RuleSetRejectedException(PublishGate.Verdict verdict) {
        super("Rule set " + verdict.version() + " was not staged: " + verdict.refusals().size() + " problem(s).");
        this.verdict = verdict;
    }

    PublishGate.Verdict verdict() {
        return verdict;
    }
}
