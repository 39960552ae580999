package uk.caredecisions.engine;

/** Evaluating a decision against a built rule set failed (a defect, never bad input). */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
