package uk.caredecisions.common;

/**
 * A provision of law or local policy a rule or table row applies: {@code text} says it in plain
 * words; {@code quote}, where present, is the statute's own words (checked against a copy of the
 * legislation.gov.uk text in the tests), null where no checked copy is held.
 */
public record Citation(String key, String title, String provision, String url, String text, String quote) {

    /** How a reason names its legal basis: "Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(b)". */
    public String legalBasis() {
        return title + ", " + provision;
    }
}
