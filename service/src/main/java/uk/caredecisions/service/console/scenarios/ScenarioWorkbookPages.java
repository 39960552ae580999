package uk.caredecisions.service.console.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.rulesets.WorkbookLimits;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioResult;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.scenarios.ScenarioTemplate;
import uk.caredecisions.scenarios.ScenarioWorkbook;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.BoundedChecks;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Scenario workbooks in the console: download the template (written from the rule set in force, so
 * its drop-downs are that version's codes), and upload a filled-in {@code *.scenarios.xlsx} to run
 * its cases against any loaded version. The upload is counted against the service's workbook limits
 * ({@link ScenarioWorkbook#limits}) before anything is built, read and run on a bounded check slot, and kept nowhere.
 */
@Controller
class ScenarioWorkbookPages {

    static final String PART = "workbook";
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RuleSets ruleSets;
    private final BoundedChecks checks;
    private final ScenarioRunner runner = new ScenarioRunner();

    ScenarioWorkbookPages(RuleSets ruleSets, BoundedChecks checks) {
        this.ruleSets = ruleSets;
        this.checks = checks;
    }

    @GetMapping("/console/scenarios/template.xlsx")
    ResponseEntity<byte[]> template() {
        byte[] workbook = ScenarioTemplate.write(ruleSets.inForceOn(ruleSets.today()));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ScenarioTemplate.FILE).build().toString())
                .body(workbook);
    }

    /** The form; with {@code too-large}, again after an upload over the multipart limit was refused unread (see console.OversizedUploads). */
    @GetMapping("/console/scenarios/workbook")
    String form(@RequestParam(name = "too-large", required = false) String tooLarge, Model model) {
        FormErrors errors = new FormErrors();
        if (tooLarge != null) {
            errors.add(PART, "The selected file is larger than the service accepts: nothing was uploaded. Choose a scenario workbook smaller than "
                    + limits().maxBytes() / (1024 * 1024) + " MB");
        }
        model(model, null, errors);
        return "console/scenarios/workbook";
    }

    @PostMapping("/console/scenarios/workbook")
    String upload(@RequestParam(name = PART, required = false) MultipartFile file, @RequestParam(required = false) String version, Model model) {
        FormErrors errors = new FormErrors();
        String chosen = model(model, version, errors);
        RuleSet ruleSet = ruleSets.version(chosen).orElse(null);
        if (ruleSet == null) {
            errors.add("version", "Choose a rule set that is loaded");
        }
        String name = file == null ? "" : printable(file.getOriginalFilename());
        if (file == null || name.isEmpty()) {
            errors.add(PART, "Select a scenario workbook (a .scenarios.xlsx file)");
        } else if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            errors.add(PART, "The file " + name + " is not a workbook: choose a .scenarios.xlsx file");
        } else if (file.isEmpty()) {
            errors.add(PART, "The file " + name + " is empty");
        } else if (file.getSize() > limits().maxBytes()) {
            errors.add(PART, name + " is " + file.getSize() + " bytes; at most " + limits().maxBytes() + " bytes are accepted.");
        }
        if (errors.any()) {
            return "console/scenarios/workbook";
        }
        try {
            byte[] bytes = file.getBytes();
            RunReport report = checks.run(() -> {
                List<Scenario> cases = ScenarioWorkbook.read(name, bytes, limits());
                return cases.isEmpty() ? null : runner.run(cases, ruleSet, Map.of());
            });
            if (report == null) {
                errors.add(PART, name + " has no cases: fill in a row under the column names on a sheet named after a decision, like adult-eligibility");
                return "console/scenarios/workbook";
            }
            model.addAttribute("report", report);
            model.addAttribute("file", name);
            model.addAttribute("passing", report.results().stream().filter(ScenarioResult::passed).toList());
            model.addAttribute("text", new RunReport(report.ruleSetVersion(), report.ruleSetSha256(), report.total(), report.passed(), report.failed(),
                    report.results(), null).toText());
        } catch (ScenarioWorkbook.Problem | WorkbookLimits.Exceeded | BoundedChecks.Busy | BoundedChecks.OverBudget e) {
            errors.add(PART, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "console/scenarios/workbook";
    }

    /** The form's choices; the version chosen, or the one in force today. */
    private String model(Model model, String version, FormErrors errors) {
        String today = ruleSets.inForceOn(ruleSets.today()).version();
        String chosen = version == null || version.isBlank() ? today : version;
        model.addAttribute("versions", ruleSets.library().entries().stream().map(RuleSetLibrary.Entry::ruleSet).map(RuleSet::version).toList());
        model.addAttribute("today", today);
        model.addAttribute("version", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("limits", limits());
        return chosen;
    }

    /** The service's configured workbook limits, as a scenario workbook takes them. */
    private WorkbookLimits limits() {
        return ScenarioWorkbook.limits(checks.limits());
    }

    /** The upload's own name, without any folder, at most 80 characters of letters, digits, dots, hyphens and underscores. */
    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return plain.length() > 80 ? plain.substring(plain.length() - 80) : plain;
    }
}
