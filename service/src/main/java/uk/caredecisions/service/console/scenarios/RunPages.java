package uk.caredecisions.service.console.scenarios;

import java.nio.file.Files;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioResult;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Run a tag, or the whole library, against any loaded rule-set version with the runner
 * {@code POST /v1/scenarios/run} uses: the passing cases by name and outcome, the failures in the
 * CLI's own words, and coverage only when asked for. A run reads and changes nothing, so the form is a GET.
 */
@Controller
class RunPages {

    private final RuleSets ruleSets;
    private final RuleSetProperties properties;
    private final ScenarioRunner runner = new ScenarioRunner();

    RunPages(RuleSets ruleSets, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.properties = properties;
    }

    @GetMapping("/console/scenarios/run")
    String run(@RequestParam(required = false) String tag, @RequestParam(required = false) String version,
               @RequestParam(required = false) String coverage, @RequestParam(required = false) String run, Model model) {
        ScenarioLibrary library = Files.isDirectory(properties.scenariosDir()) ? ScenarioLibrary.load(properties.scenariosDir()) : null;
        List<Scenario> all = library == null ? List.of() : library.scenarios();
        List<String> versions = ruleSets.library().entries().stream().map(RuleSetLibrary.Entry::ruleSet).map(RuleSet::version).toList();
        String today = ruleSets.inForceOn(ruleSets.today()).version();
        String chosen = version == null || version.isBlank() ? today : version;
        model.addAttribute("tags", all.stream().flatMap(s -> s.tags().stream()).distinct().sorted().toList());
        model.addAttribute("versions", versions);
        model.addAttribute("today", today);
        model.addAttribute("tag", tag == null ? "" : tag);
        model.addAttribute("version", chosen);
        model.addAttribute("coverage", coverage != null);
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        if (run == null) {
            return "console/scenarios/run";
        }
        RuleSet ruleSet = ruleSets.version(chosen).orElse(null);
        if (ruleSet == null) {
            errors.add("version", "Choose a rule set that is loaded");
        }
        List<Scenario> selected = library == null ? List.of() : library.select(tag == null || tag.isBlank() ? List.of() : List.of(tag), null);
        if (selected.isEmpty()) {
            errors.add("tag", "No scenario has the tag " + tag);
        }
        if (errors.any()) {
            return "console/scenarios/run";
        }
        RunReport report = runner.run(selected, ruleSet, library.untestedRows());
        model.addAttribute("report", report);
        model.addAttribute("passing", report.results().stream().filter(ScenarioResult::passed).toList());
        // The failures as the CLI prints them (RunReport.toText), without the coverage unless it was asked for.
        RunReport failures = new RunReport(report.ruleSetVersion(), report.ruleSetSha256(), report.total(), report.passed(), report.failed(),
                report.results(), coverage != null ? report.coverage() : null);
        model.addAttribute("text", failures.toText());
        return "console/scenarios/run";
    }
}
