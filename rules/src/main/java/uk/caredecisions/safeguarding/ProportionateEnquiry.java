package uk.caredecisions.safeguarding;

import java.util.List;

/**
 * Fact from the OtherEnquiry table: an enquiry is necessary and proportionate though s42 does not
 * oblige one. {@code hypothetical} when the row matched only the threshold the unknowns could
 * bring: then an unknown could change the outcome.
 */
public record ProportionateEnquiry(String row, String because, boolean hypothetical) {

    /** The table row's conclusion, from the facts it matched. */
    public static ProportionateEnquiry of(String row, String because, List<Object> matched) {
        boolean hypothetical = matched.stream().anyMatch(o -> o instanceof ThresholdStatus t && t.hypothetical());
        return new ProportionateEnquiry(row, because, hypothetical);
    }
}
