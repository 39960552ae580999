package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioResult;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * The trainer's scenario library: find a case by decision, tag or words, read its narrative and
 * facts, think "what would you decide?", then reveal the decision the live rule set makes, with
 * each reason's law and table cell and the written record.
 */
@Controller
class ScenarioPages {

    private final RuleSets ruleSets;
    private final RuleSetProperties properties;
    private final ScenarioRunner runner = new ScenarioRunner();

    ScenarioPages(RuleSets ruleSets, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.properties = properties;
    }

    @GetMapping("/console/scenarios")
    String list(@RequestParam(required = false) String decision, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String q, Model model) {
        List<Scenario> all = scenarios();
        String words = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<Scenario> shown = all.stream()
                .filter(s -> decision == null || decision.isBlank() || s.decision().equals(decision))
                .filter(s -> tag == null || tag.isBlank() || s.hasTag(tag))
                .filter(s -> words.isEmpty() || (s.name() + " " + s.narrative() + " " + s.id()).toLowerCase(Locale.ROOT).contains(words))
                .toList();
        model.addAttribute("scenarios", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("decisions", all.stream().map(Scenario::decision).distinct().sorted().toList());
        model.addAttribute("tags", all.stream().flatMap(s -> s.tags().stream()).distinct().sorted().toList());
        model.addAttribute("decision", decision == null ? "" : decision);
        model.addAttribute("tag", tag == null ? "" : tag);
        model.addAttribute("q", q == null ? "" : q);
        return "console/scenarios/list";
    }

    /** A scenario by its id (its file in the library), as a query parameter: ids hold slashes and {@code #}. */
    @GetMapping("/console/scenarios/case")
    String scenario(@RequestParam String id, @RequestParam(required = false) String reveal, Model model) {
        return page(id, reveal != null, false, model);
    }

    /** The case for a handout: narrative and facts, the question, then the decision on a page of its own when printed. */
    @GetMapping("/console/scenarios/handout")
    String handout(@RequestParam String id, Model model) {
        return page(id, false, true, model);
    }

    private String page(String id, boolean reveal, boolean handout, Model model) {
        Scenario scenario = scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no scenario " + id + " in the library."));
        model.addAttribute("scenario", scenario);
        model.addAttribute("facts", FactSheet.of(scenario.request()));
        model.addAttribute("revealed", reveal);
        model.addAttribute("handout", handout);
        if (reveal || handout) {
            // The date the runner decides the scenario on, and so the rule set in force then.
            java.time.LocalDate asOf = scenario.asOf() != null ? scenario.asOf()
                    : scenario.request().hasNonNull("asOf") ? java.time.LocalDate.parse(scenario.request().get("asOf").asText()) : ScenarioRunner.DEFAULT_AS_OF;
            RuleSet live = ruleSets.inForceOn(asOf);
            model.addAttribute("asOf", asOf);
            ScenarioResult result = runner.runOne(scenario, live, new HashMap<>());
            JsonNode decision = result.actual();
            model.addAttribute("ruleSet", live);
            model.addAttribute("result", result);
            model.addAttribute("decision", decision);
        }
        return "console/scenarios/case";
    }

    private List<Scenario> scenarios() {
        if (!Files.isDirectory(properties.scenariosDir())) {
            return List.of();
        }
        return ScenarioLibrary.load(properties.scenariosDir()).scenarios();
    }
}
