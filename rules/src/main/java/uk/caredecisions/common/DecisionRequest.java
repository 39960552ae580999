package uk.caredecisions.common;

import java.time.LocalDate;

/** What every decision request carries: the case system's reference and the date whose policy applies. */
public interface DecisionRequest {
    String caseReference();

    LocalDate asOf();
}
