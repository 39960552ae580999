package uk.caredecisions.service.rulesets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.service.common.NotFoundException;

@RestController
@Tag(name = "Rule sets", description = "Versions of the policy tables: list, read, validate, stage and activate without a restart")
class RuleSetController {

    private final RuleSets ruleSets;
    private final RuleSetPublisher publisher;
    private final Uploads uploads;
    private final BoundedChecks checks;

    RuleSetController(RuleSets ruleSets, RuleSetPublisher publisher, Uploads uploads, BoundedChecks checks) {
        this.ruleSets = ruleSets;
        this.publisher = publisher;
        this.uploads = uploads;
        this.checks = checks;
    }

    @Operation(summary = "Every loaded rule set",
            description = "Version, effectiveFrom, sha256 of the exact content, status (ACTIVE, SCHEDULED, SUPERSEDED, STAGED) on today's date, tables and DRL files.")
    @GetMapping(path = "/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RuleSetViews.Summary> list() {
        RuleSetLibrary library = ruleSets.library();
        LocalDate today = ruleSets.today();
        List<RuleSetViews.Summary> out = new java.util.ArrayList<>(library.entries().stream().map(RuleSetLibrary.Entry::ruleSet)
                .map(rs -> RuleSetViews.Summary.of(rs, library.status(rs.version(), today))).toList());
        // Superseded versions from the store are listed without being built; their tables show once one is asked for.
        for (RestoredVersions.Dormant d : ruleSets.restored().dormant()) {
            out.add(ruleSets.restored().isBuilt(d.source().version())
                    ? RuleSetViews.Summary.of(ruleSets.version(d.source().version()).orElseThrow(), RuleSetLibrary.Status.SUPERSEDED)
                    : new RuleSetViews.Summary(d.source().version(), d.source().effectiveFrom(), d.recordedSha256(), RuleSetLibrary.Status.SUPERSEDED, null, null, null));
        }
        Map<String, StoredVersion.Provenance> provenance = publisher.provenanceOfAll();
        out.replaceAll(s -> provenance.containsKey(s.version()) ? s.with(provenance.get(s.version())) : s);
        out.sort(Comparator.comparing(RuleSetViews.Summary::effectiveFrom).thenComparing(RuleSetViews.Summary::version));
        return out;
    }

    @Operation(summary = "A table's rows, each cell with its workbook!Sheet!Cell reference",
            description = "The table is named by its table name (AdultOutcomes) or by workbook!Sheet.")
    @GetMapping(path = "/v1/rulesets/{version}/tables/{table}", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetViews.TableView table(@PathVariable String version, @PathVariable String table) {
        RuleSet ruleSet = ruleSets.version(version)
                .orElseThrow(() -> new NotFoundException("There is no rule set " + version + "."));
        return ruleSet.table(table).map(t -> RuleSetViews.TableView.of(version, t))
                .orElseThrow(() -> new NotFoundException("Rule set " + version + " has no table " + table + "; its tables are "
                        + ruleSet.tables().stream().map(t -> t.name()).toList() + "."));
    }

    @Operation(summary = "Validate workbooks or a zip bundle; nothing is changed",
            description = "Upload one or several *.drl.xlsx as 'workbooks' (checked on top of the live rule set, replacing workbooks of the same name), "
                    + "or a zip of a complete rule set as 'bundle'. The report lists errors and warnings, each at workbook!Sheet!Cell.")
    @PostMapping(path = "/v1/rulesets/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ValidationReport validate(@RequestPart(name = "workbooks", required = false) List<MultipartFile> workbooks,
                              @RequestPart(name = "bundle", required = false) MultipartFile bundle) {
        if (bundle != null) {
            if (workbooks != null && !workbooks.isEmpty()) {
                throw new InvalidRequestException(List.of(new FieldError("bundle", "Send either 'workbooks' or one 'bundle', not both.")));
            }
            RuleSetSource complete = uploads.bundle("bundle", bundle, ruleSets.today());
            return checks.run(() -> publisher.validate(complete));
        }
        Map<String, byte[]> files = uploads.workbooks("workbooks", workbooks, true, ruleSets.today());
        return checks.run(() -> publisher.validate(files));
    }

    @Operation(summary = "Stage a new rule-set version (practice lead)",
            description = "Multipart: version, effectiveFrom, workbooks (replacing or added to the live set; a zip of workbooks also works), "
                    + "optional acceptedScenarios (ids of scenarios whose new answer is intended). Staged only if it compiles, validates clean "
                    + "and every scenario passes or is accepted; otherwise 422 with each problem. It decides nothing until activated.")
    @PostMapping(path = "/v1/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RuleSetViews.Staged stage(@RequestParam String version, @RequestParam String effectiveFrom,
                              @RequestPart(name = "workbooks", required = false) List<MultipartFile> workbooks,
                              @RequestParam(name = "acceptedScenarios", required = false) List<String> acceptedScenarios,
                              java.security.Principal who) {
        String name = VersionName.check("version", version);
        LocalDate from = EffectiveDates.parse("effectiveFrom", effectiveFrom);
        Set<String> accepted = new LinkedHashSet<>();
        if (acceptedScenarios != null) {
            acceptedScenarios.forEach(a -> List.of(a.split(",")).forEach(id -> {
                if (!id.isBlank()) {
                    accepted.add(id.trim());
                }
            }));
        }
        Map<String, byte[]> files = uploads.workbooks("workbooks", workbooks, false, ruleSets.today());
        return checks.run(() -> publisher.stage(name, from, files, accepted, name(who)));
    }

    @Operation(summary = "Activate a staged version (practice lead)",
            description = "It decides from the effectiveFrom it was staged with, or from the optional effectiveFrom given here, swapped in "
                    + "atomically: no restart, and no request sees half of it. A date after today makes it SCHEDULED: decisions dated before "
                    + "it stay under the version in force then. The date is recorded with the activation (who, when, from which date) and "
                    + "every replica decides from it; the sha256 covers the rules and workbooks, not the date, so it does not change. "
                    + "A date that is not ISO-8601, before today or after 2100-12-31 is a 400 naming effectiveFrom; another date for a "
                    + "version already active is a 409.")
    @PostMapping(path = "/v1/rulesets/{version}/activate", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetViews.Summary activate(@PathVariable String version,
                                  @Parameter(description = "The date it decides from, in place of the one it was staged with: today or later, "
                                          + "ISO-8601 (2027-04-01). Optional.", example = "2027-04-01")
                                  @RequestParam(required = false) String effectiveFrom,
                                  java.security.Principal who) {
        LocalDate from = effectiveFrom == null || effectiveFrom.isBlank() ? null : EffectiveDates.parse("effectiveFrom", effectiveFrom);
        return publisher.activate(version, name(who), from);
    }

    @Operation(summary = "Approve a staged version (a second practice lead)",
            description = "When caredecisions.rulesets.require-second-approver is on, a staged version is activated only after a practice lead "
                    + "other than the one who staged it approves it: 403 for the one who staged it, 409 if it is already active. "
                    + "Recorded with who and when.")
    @PostMapping(path = "/v1/rulesets/{version}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetViews.Approval approve(@PathVariable String version, java.security.Principal who) {
        return publisher.approve(version, name(who));
    }

    private static String name(java.security.Principal who) {
        return who == null ? null : who.getName();
    }
}
