package uk.caredecisions.service.triage;

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
import uk.caredecisions.service.decisions.Decider;
import uk.caredecisions.triage.TriageDetails;
import uk.caredecisions.triage.TriageRequest;

@RestController
@Tag(name = "Triage", description = "Front-door triage: local priorities and targets; Care Act s9, s10, s11, s19(3) and s67 at first contact")
class TriageController {

    private final Decider decider;

    TriageController(Decider decider) {
        this.decider = decider;
    }

    @Operation(summary = "Triage a first contact",
            description = "Outcome: the priority (CRITICAL, HIGH, MEDIUM, LOW) from the presenting risks and route of access, by the local "
                    + "priorities table. Also firstContactBy (working days where the targets table says so), keepInTouchEveryDays, the sequel "
                    + "(PREVENT, REDUCE, DELAY, MEET) and suggested services, the assessment duty under s9/s10 and s11, whether s67 requires an "
                    + "advocate, and whether s19(3) lets the council meet urgent needs before assessment. A duty whose facts are UNKNOWN is left "
                    + "out and the facts are listed in missing. An unknown presenting-risk code is a 400 listing the accepted codes.")
    @PostMapping(path = "/v1/decisions/triage", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Decision<TriageDetails> triage(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TriageRequest.class)))
                                   @RequestBody JsonNode body) {
        return decider.decide("triage", body, TriageDetails.class);
    }
}
