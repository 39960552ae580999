package uk.caredecisions.service.safeguarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.common.Decision;
import uk.caredecisions.safeguarding.SafeguardingConcernRequest;
import uk.caredecisions.safeguarding.SafeguardingDetails;
import uk.caredecisions.service.decisions.Decider;

@RestController
@Tag(name = "Safeguarding", description = "Care Act 2014 s42: whether a concern meets the duty to make enquiries, how urgently, and who must be told")
class SafeguardingController {

    private final Decider decider;

    SafeguardingController(Decider decider) {
        this.decider = decider;
    }

    @Operation(summary = "Screen a safeguarding concern (s42)",
            description = "The three s42(1) criteria, the local threshold (indicators and the circumstances that raise them, from the "
                    + "threshold tables), the adult's wishes and what overrides them, urgency, the actions the law and local procedures "
                    + "require, the route when there is no enquiry, and deadlines in working days from receivedAt (England and Wales bank "
                    + "holidays skipped). Outcome S42_ENQUIRY, OTHER_ENQUIRY, NO_ENQUIRY or INSUFFICIENT_INFORMATION (with missing). "
                    + "Optional YES/NO/UNKNOWN facts left out are UNKNOWN; they are asked for only when they could change the outcome. "
                    + "Indicator codes come from the rule set's SafeguardingIndicators table; an unknown code is a 400 listing the accepted ones.")
    @PostMapping(path = "/v1/decisions/safeguarding-concern", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Decision<SafeguardingDetails> concern(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SafeguardingConcernRequest.class)))
                      @RequestBody JsonNode body) {
        return decider.decide("safeguarding-concern", body, SafeguardingDetails.class);
    }
}
