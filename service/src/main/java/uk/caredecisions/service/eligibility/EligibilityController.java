package uk.caredecisions.service.eligibility;

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
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.CarerEligibilityRequest;
import uk.caredecisions.eligibility.EligibilityDetails;
import uk.caredecisions.service.decisions.Decider;

@RestController
@Tag(name = "Eligibility", description = "Care Act s13 determinations under the Eligibility Regulations 2015")
class EligibilityController {

    private final Decider decider;

    EligibilityController(Decider decider) {
        this.decider = decider;
    }

    @Operation(summary = "Determine an adult's eligibility (reg 2)",
            description = "Three conditions, ten outcomes, four 'unable' limbs. Returns the determination, each condition, the outcomes not achieved in regulation order, next steps and the s13 written record.")
    @PostMapping(path = "/v1/decisions/adult-eligibility", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Decision<EligibilityDetails> adult(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AdultEligibilityRequest.class)))
                      @RequestBody JsonNode body) {
        return decider.decide("adult-eligibility", body, EligibilityDetails.class);
    }

    @Operation(summary = "Determine a carer's eligibility (reg 3)",
            description = "Three conditions; health deterioration or any one of eight outcomes; three 'unable' limbs only (no 'takes significantly longer').")
    @PostMapping(path = "/v1/decisions/carer-eligibility", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Decision<EligibilityDetails> carer(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CarerEligibilityRequest.class)))
                      @RequestBody JsonNode body) {
        return decider.decide("carer-eligibility", body, EligibilityDetails.class);
    }
}
