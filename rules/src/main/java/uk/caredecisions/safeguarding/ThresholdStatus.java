package uk.caredecisions.safeguarding;

/**
 * Fact: whether the concern reaches the local threshold: MET, NOT_MET, or UNDETERMINED while an
 * unknown could bring it up. A {@code hypothetical} MET stands beside an UNDETERMINED one so the
 * OtherEnquiry table can show whether the unknowns could make an other enquiry proportionate.
 */
public record ThresholdStatus(String status, int level, boolean hypothetical) {
    public ThresholdStatus(String status, int level) {
        this(status, level, false);
    }
}
