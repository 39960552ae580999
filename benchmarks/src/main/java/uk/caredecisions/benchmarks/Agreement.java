package uk.caredecisions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.caredecisions.common.Decision;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.EligibilityDetails;

/**
 * Checks that a peer gives the same answers as our engine on the shared inputs, before anyone
 * compares their speed: a faster engine that decides differently proves nothing.
 */
public final class Agreement {

    private Agreement() {}

    /** Every input on which {@code peer} differs from {@code ours}, as readable lines; empty when they agree. */
    public static <T> List<String> differences(String peerName, List<AdultEligibilityRequest> inputs,
            Function<AdultEligibilityRequest, Decision<EligibilityDetails>> ours, Function<AdultEligibilityRequest, T> peer,
            Function<Decision<EligibilityDetails>, T> oursAsPeer) {
        List<String> out = new ArrayList<>();
        for (AdultEligibilityRequest input : inputs) {
            T expected = oursAsPeer.apply(ours.apply(input));
            T actual = peer.apply(input);
            if (!expected.equals(actual)) {
                out.add(peerName + " on " + input.caseReference() + ": ours " + expected + ", theirs " + actual);
            }
        }
        return out;
    }

    public static void require(List<String> differences) {
        if (!differences.isEmpty()) {
            throw new IllegalStateException(differences.size() + " disagreements, first: " + differences.get(0));
        }
    }
}
