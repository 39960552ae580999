package uk.caredecisions.triage;

/**
 * Fact: a rung of the Prevent / Reduce / Delay / Meet ladder proposed by a TriageSequels row;
 * the highest rung proposed decides.
 */
public record SequelStep(Sequel sequel, int rung, String row) {

    public SequelStep(Sequel sequel, String row) {
        this(sequel, sequel.ordinal(), row);
    }
}
