package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioWorkbookWriter;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * "Save as scenario": a decision just made (in a what-if or on the try-a-decision page) named,
 * told as a narrative, tagged and given its expected outcome, then downloaded as a YAML file in
 * the scenario library's format (test-scenarios/README.md), or as a row of a scenario workbook.
 * Nothing is stored on the server: the
 * request travels in the form.
 */
@Controller
class NewScenarioPages {

    private final RuleSets ruleSets;

    NewScenarioPages(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    /** The form, from the page that made the decision: the request and outcome come as hidden fields. */
    @PostMapping("/console/scenarios/new")
    String form(@RequestParam String decision, @RequestParam String request, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String version, Model model) {
        Draft draft = new Draft(decision, request, "", "", "", outcome == null ? "" : outcome, version == null ? "" : version);
        FormErrors errors = new FormErrors();
        JsonNode body = draft.read(errors);
        model.addAttribute("draft", draft);
        model.addAttribute("facts", body == null ? List.of() : FactSheet.of(body));
        model.addAttribute("errors", errors);
        return "console/scenarios/new";
    }

    /**
     * The scenario as a YAML file ({@code /yaml}) or as a row of a scenario workbook ({@code /xlsx}): the template's sheet for its
     * decision type, written from the rule set it was decided under (else the one in force), with this case on the first row.
     */
    @PostMapping({"/console/scenarios/new/yaml", "/console/scenarios/new/xlsx"})
    Object download(@RequestParam String decision, @RequestParam String request, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "") String narrative, @RequestParam(defaultValue = "") String tags,
                    @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String version,
                    HttpServletRequest http, Model model) throws JsonProcessingException {
        Draft draft = new Draft(decision, request, name.strip(), narrative.strip(), tags.strip(), outcome.strip(), version);
        String yaml = yaml(draft, model);
        if (yaml == null) {
            return "console/scenarios/new";
        }
        if (!http.getRequestURI().endsWith("/xlsx")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(draft.fileName(".yaml")).build().toString())
                    .body(yaml);
        }
        RuleSet ruleSet = ruleSets.version(draft.version()).orElseGet(() -> ruleSets.inForceOn(ruleSets.today()));
        List<Scenario> scenario = ScenarioLibrary.parse(draft.fileName(".yaml"), yaml);
        byte[] workbook = new ScenarioWorkbookWriter(ruleSet).write(List.of(draft.decision()), scenario);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(draft.fileName(".scenarios.xlsx")).build().toString())
                .body(workbook);
    }

    /** The scenario file, or null with the form's problems in the model to show the form again. */
    private String yaml(Draft draft, Model model) throws JsonProcessingException {
        FormErrors errors = new FormErrors();
        JsonNode body = draft.read(errors);
        if (draft.name().isEmpty()) {
            errors.add("name", "Enter a name for the scenario: a sentence saying what it shows");
        } else if (draft.name().length() > 200) {
            errors.add("name", "The name must be 200 characters or fewer");
        }
        if (draft.narrative().length() > 5000) {
            errors.add("narrative", "The narrative must be 5,000 characters or fewer");
        }
        List<String> tagList = draft.tagList();
        for (String tag : tagList) {
            if (!tag.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                errors.add("tags", "Tags are words in small letters, figures and hyphens, like reg-2 or module-1, separated by commas");
                break;
            }
        }
        if (draft.outcome().isEmpty()) {
            errors.add("outcome", "Enter the outcome the scenario expects");
        } else if (!draft.outcome().matches("[A-Z][A-Z0-9_]{0,59}")) {
            errors.add("outcome", "The expected outcome is a code in capitals, like ELIGIBLE");
        }
        if (errors.any()) {
            model.addAttribute("draft", draft);
            model.addAttribute("facts", body == null ? List.of() : FactSheet.of(body));
            model.addAttribute("errors", errors);
            return null;
        }
        ObjectNode file = YAML.createObjectNode();
        file.put("name", draft.name());
        file.put("decision", draft.decision());
        file.putArray("tags").addAll(tagList.stream().map(t -> (JsonNode) YAML.getNodeFactory().textNode(t)).toList());
        file.put("narrative", draft.narrative());
        file.set("request", body);
        file.putObject("expect").put("outcome", draft.outcome());
        return "# Saved from the console" + (draft.version().isEmpty() ? "" : " after a decision under rule set " + draft.version())
                + ". Put it in test-scenarios/" + draft.decision() + "/ to add it to the library.\n" + YAML.writeValueAsString(file);
    }

    /** The scenario as far as it has been written. */
    record Draft(String decision, String request, String name, String narrative, String tags, String outcome, String version) {

        /** The request, read as the API would read it (so a saved scenario is one the runner can decide), or null with the problem. */
        JsonNode read(FormErrors errors) {
            DecisionType<?> type = DecisionTypes.all().byPath(decision).orElse(null);
            if (type == null) {
                errors.add("facts", "The decision type " + decision + " is not one the service makes; make the decision again");
                return null;
            }
            try {
                JsonNode body = RequestReader.MAPPER.readTree(request);
                if (body == null || !body.isObject()) {
                    throw new IllegalArgumentException();
                }
                RequestReader.read(body, type.requestType());
                ObjectNode out = (ObjectNode) body;
                // The case system's reference belongs to a real case, not to a teaching case.
                out.remove("caseReference");
                return out;
            } catch (InvalidRequestException | JsonProcessingException | IllegalArgumentException e) {
                errors.add("facts", "The decision's facts did not come through; make the decision again and save it from there");
                return null;
            }
        }

        List<String> tagList() {
            List<String> out = new ArrayList<>();
            for (String tag : tags.split("[,\\s]+")) {
                if (!tag.isBlank() && !out.contains(tag.strip())) {
                    out.add(tag.strip());
                }
            }
            return out;
        }

        String fileName(String extension) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            if (slug.length() > 60) {
                // At a word's end, not in the middle of one.
                int cut = slug.lastIndexOf('-', 60);
                slug = slug.substring(0, cut > 0 ? cut : 60);
            }
            return (slug.isEmpty() ? "scenario" : slug) + extension;
        }
    }
}
