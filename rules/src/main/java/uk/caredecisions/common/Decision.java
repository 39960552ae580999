package uk.caredecisions.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision envelope every decision response shares, with the decision type's own fields
 * ({@code details}) written alongside at the top level.
 */
@JsonPropertyOrder({"decisionId", "decisionType", "caseReference", "outcome", "asOf", "decidedAt", "ruleSet"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision<D>(
        @Schema(description = "A new id for this decision, for audit.") String decisionId,
        @Schema(description = "ADULT_ELIGIBILITY, CARER_ELIGIBILITY, SAFEGUARDING_CONCERN or TRIAGE.") String decisionType,
        @Schema(description = "The case system's own reference, echoed back and never interpreted.") String caseReference,
        @Schema(description = "The decision; its values depend on the decision type.") String outcome,
        @Schema(description = "The date whose policy applied.") LocalDate asOf,
        @Schema(description = "When the service decided.") Instant decidedAt,
        @Schema(description = "The rule set that decided.") RuleSetRef ruleSet,
        @Schema(description = "Every rule that contributed, in order, with its legal basis and any table row's cell.") List<Reason> reasons,
        @Schema(description = "Facts the decision depends on that are not known; non-empty only with INSUFFICIENT_INFORMATION.") List<Missing> missing,
        @Schema(description = "Things the worker should look at that do not change the outcome.") List<Reason> warnings,
        @JsonUnwrapped D details) {}
