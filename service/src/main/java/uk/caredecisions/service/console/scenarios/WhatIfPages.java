package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * What-if on a revealed scenario: its facts as a form, change one, and decide again under the same
 * rule set on the same date, with what changed in the outcome, reasons and warnings marked.
 * Nothing is stored.
 */
@Controller
class WhatIfPages {

    private final RuleSets ruleSets;
    private final RuleSetProperties properties;
    private final ScenarioRunner runner = new ScenarioRunner();

    WhatIfPages(RuleSets ruleSets, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.properties = properties;
    }

    @GetMapping("/console/scenarios/what-if")
    String form(@RequestParam String id, @RequestParam(required = false) String version, Model model) {
        Case c = open(id, version);
        model.addAttribute("fields", c.form().fields(c.base(), null));
        c.addTo(model);
        return "console/scenarios/what-if";
    }

    @PostMapping("/console/scenarios/what-if")
    String decide(@RequestParam String id, @RequestParam(required = false) String version, HttpServletRequest http, Model model) {
        Case c = open(id, version);
        FormErrors errors = new FormErrors();
        ObjectNode changed = c.form().read(http.getParameterMap(), errors);
        if (!errors.any()) {
            Attempt attempt = Attempt.of(c.type(), changed, date -> context(c.ruleSet(), date == null ? c.asOf() : date));
            if (attempt.decided()) {
                JsonNode before = runner.runOne(c.scenario(), c.ruleSet(), new HashMap<>()).actual();
                model.addAttribute("whatIf", WhatIf.between(c.base(), before, changed, attempt.decision()));
                model.addAttribute("decision", attempt.decision());
                model.addAttribute("request", changed);
                model.addAttribute("requestJson", changed.toString());
            } else {
                c.form().add(attempt.refused(), errors);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fields", c.form().fields(changed, errors));
        c.addTo(model);
        return "console/scenarios/what-if";
    }

    private DecisionContext context(RuleSet ruleSet, LocalDate date) {
        return new DecisionContext(ruleSet, date, ruleSets.clock(), () -> UUID.randomUUID().toString(), e -> { });
    }

    /** The scenario, its request with the date it is decided on written in, and the rule set it was revealed under. */
    private record Case(Scenario scenario, DecisionType<?> type, RuleSet ruleSet, LocalDate asOf, ObjectNode base, RequestForm form) {
        void addTo(Model model) {
            model.addAttribute("scenario", scenario);
            model.addAttribute("ruleSet", ruleSet);
            model.addAttribute("asOf", asOf);
        }
    }

    private Case open(String id, String version) {
        Scenario scenario = scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no scenario " + id + " in the library."));
        DecisionType<?> type = DecisionTypes.all().byPath(scenario.decision())
                .orElseThrow(() -> new NotFoundException("The scenario's decision " + scenario.decision() + " is not one the service makes."));
        LocalDate asOf = scenario.asOf() != null ? scenario.asOf()
                : scenario.request().hasNonNull("asOf") ? LocalDate.parse(scenario.request().get("asOf").asText()) : ScenarioRunner.DEFAULT_AS_OF;
        RuleSet ruleSet = version == null || version.isBlank() ? ruleSets.inForceOn(asOf)
                : ruleSets.version(version).orElseThrow(() -> new NotFoundException("There is no rule set " + version + "."));
        ObjectNode recorded = scenario.request().deepCopy();
        recorded.put("asOf", asOf.toString());
        RequestForm form = new RequestForm(type.requestType(), scenario.decision(), ruleSet);
        // The scenario as the form holds it (a limb written as false is a box left unticked), so that only a fact the trainer changes shows as changed.
        ObjectNode base = form.read(RequestForm.params(form.fields(recorded, null)), new FormErrors());
        return new Case(scenario, type, ruleSet, asOf, base, form);
    }

    private List<Scenario> scenarios() {
        if (!Files.isDirectory(properties.scenariosDir())) {
            return List.of();
        }
        return ScenarioLibrary.load(properties.scenariosDir()).scenarios();
    }
}
