package uk.caredecisions.service.scenarios;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.scenarios.Impact;
import uk.caredecisions.scenarios.ImpactReport;
import uk.caredecisions.scenarios.JUnitXml;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.BoundedChecks;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.Uploads;
import uk.caredecisions.service.rulesets.RuleSets;

@RestController
@Tag(name = "Scenarios", description = "The scenario library: run worked cases against any rule-set version, coverage, and the impact of a change")
class ScenarioController {

    private final RuleSets ruleSets;
    private final Path library;
    private final ScenarioRunner runner = new ScenarioRunner();
    private final Uploads uploads;
    private final BoundedChecks checks;

    ScenarioController(RuleSets ruleSets, RuleSetProperties properties, Uploads uploads, BoundedChecks checks) {
        this.ruleSets = ruleSets;
        this.library = properties.scenariosDir();
        this.uploads = uploads;
        this.checks = checks;
    }

    /** A scenario as listed: no request body, just what a trainer chooses by. */
    record ScenarioSummary(String id, String name, String decision, List<String> tags, List<String> citations, String narrative) {}

    /** Which scenarios to run, against which rule-set version (the one in force today when absent). */
    record RunRequest(
            @Schema(description = "A loaded rule-set version; default the one in force today.") String version,
            @Schema(description = "Run only scenarios with any of these tags.") List<String> tags,
            @Schema(description = "Run only scenarios whose id starts with this (a file or folder).") String file,
            @Schema(description = "Leave out each decision's full JSON from the results, keeping pass/fail and mismatches.") Boolean brief) {}

    /** Two loaded versions to compare. */
    record ImpactRequest(@Schema(description = "The version before the change; default the one in force today.") String from,
                         @Schema(description = "The version after the change.", requiredMode = Schema.RequiredMode.REQUIRED) String to) {}

    @Operation(summary = "List the scenario library, with tags")
    @GetMapping(path = "/v1/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ScenarioSummary> list(@RequestParam(required = false) List<String> tag) {
        return load().select(tag, null).stream()
                .map(s -> new ScenarioSummary(s.id(), s.name(), s.decision(), s.tags(), s.citations(), s.narrative())).toList();
    }

    @Operation(summary = "Run scenarios against a rule-set version",
            description = "Pass/fail, expected against actual, the explanation of each decision, and coverage (which rules and table rows fired, which never did). "
                    + "Ask for text/plain for a report a trainer can read, or application/xml for JUnit XML.")
    @PostMapping(path = "/v1/scenarios/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    RunReport run(@RequestBody(required = false) RunRequest request) {
        RunRequest r = request == null ? new RunRequest(null, null, null, null) : request;
        ScenarioLibrary scenarios = load();
        List<Scenario> selected = scenarios.select(r.tags(), r.file());
        if (selected.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError(r.file() != null ? "file" : "tags", "No scenario matches.")));
        }
        RunReport report = runner.run(selected, ruleSet(r.version(), "version"), scenarios.untestedRows());
        if (Boolean.TRUE.equals(r.brief())) {
            report = new RunReport(report.ruleSetVersion(), report.ruleSetSha256(), report.total(), report.passed(), report.failed(),
                    report.results().stream().map(x -> new uk.caredecisions.scenarios.ScenarioResult(x.id(), x.name(), x.decision(), x.tags(),
                            x.passed(), x.mismatches(), x.actualOutcome(), null, x.fired())).toList(), report.coverage());
        }
        return report;
    }

    @PostMapping(path = "/v1/scenarios/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_PLAIN_VALUE)
    String runAsText(@RequestBody(required = false) RunRequest request) {
        return run(request).toText();
    }

    @PostMapping(path = "/v1/scenarios/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_XML_VALUE)
    String runAsJUnit(@RequestBody(required = false) RunRequest request) {
        return JUnitXml.of(run(request));
    }

    /** The upload form of the impact, at a path of its own so that an OpenAPI client can reach both forms. */
    public static final String IMPACT_OF_UPLOAD = "/v1/scenarios/impact/upload";

    @Operation(summary = "Impact of a change: the scenarios two versions decide differently",
            description = "Runs the whole library under both versions and lists every scenario whose decision changes, with both explanations.")
    @PostMapping(path = "/v1/scenarios/impact", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImpactReport impact(@RequestBody ImpactRequest request) {
        if (request == null || request.to() == null) {
            throw new InvalidRequestException(List.of(new FieldError("to", "Required: the version after the change.")));
        }
        RuleSet from = ruleSet(request.from(), "from");
        RuleSet to = ruleSet(request.to(), "to");
        return checks.run(() -> new Impact().compare(load().scenarios(), from, to));
    }

    @Operation(summary = "Impact of uploaded workbooks against the live rule set (practice lead)",
            description = "Multipart: one or more `workbook` files (*.drl.xlsx) that replace or add to the live set. Nothing is published. "
                    + "Also accepted at POST /v1/scenarios/impact with a multipart body; this path is the one a generated client calls.")
    @PostMapping(path = {"/v1/scenarios/impact", ScenarioController.IMPACT_OF_UPLOAD}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImpactReport impactOfUpload(@RequestPart(name = "workbook", required = false) List<MultipartFile> workbooks) {
        RuleSet live = ruleSet(null, "from");
        Map<String, byte[]> files = uploads.workbooks("workbook", workbooks, true, ruleSets.today());
        return checks.run(() -> {
            RuleSetSource source = live.source();
            for (var file : files.entrySet()) {
                source = source.withWorkbook(file.getKey(), file.getValue());
            }
            RuleSet candidate = ruleSets.build(source.as(live.version() + "+upload", live.effectiveFrom()));
            return new Impact().compare(load().scenarios(), live, candidate);
        });
    }

    private RuleSet ruleSet(String version, String field) {
        if (version == null || version.isBlank()) {
            return ruleSets.contextFor(null).ruleSet();
        }
        return ruleSets.version(version).orElseThrow(() -> new NotFoundException(
                "No rule set " + version + " is loaded (" + field + "); loaded: "
                        + ruleSets.library().entries().stream().map(e -> e.ruleSet().version()).toList() + "."));
    }

    private ScenarioLibrary load() {
        try {
            return ScenarioLibrary.load(library);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("scenario", e.getMessage())));
        }
    }

}
