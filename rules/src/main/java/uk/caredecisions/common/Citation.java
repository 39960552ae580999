package uk.caredecisions.common;

/** A provision of law or local policy a rule or table row applies. */
public record Citation(String key, String title, String provision, String url, String text) {

    /** How a reason names its legal basis: "Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(b)". */
    public String legalBasis() {
        return title + ", " + provision;
    }
}
