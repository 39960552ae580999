package uk.caredecisions.service.console.changes;

import jakarta.servlet.http.HttpSession;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.rulesets.WorkbookLimits;
import uk.caredecisions.scenarios.Impact;
import uk.caredecisions.scenarios.ImpactReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.service.common.ConflictException;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.console.DateFields;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.BoundedChecks;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSetPublisher;
import uk.caredecisions.service.rulesets.RuleSets;
import uk.caredecisions.service.rulesets.Uploads;

/**
 * Propose a change: upload workbooks, read what the checks found by workbook, sheet and cell, see
 * how the scenario library would be decided differently, tick the differences that are intended,
 * and stage a version. Every step goes through the same beans as the API (uploads read by
 * {@link Uploads}, checks bounded by {@link BoundedChecks}, staging by {@link RuleSetPublisher} and
 * its publish gate), so nothing is staged here that the API would refuse.
 */
@Controller
class ChangePages {

    private static final Logger LOG = LoggerFactory.getLogger(ChangePages.class);
    static final String PART = "workbooks";
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,39}");
    private static final LocalDate EARLIEST = LocalDate.of(2015, 4, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final RuleSets ruleSets;
    private final RuleSetPublisher publisher;
    private final Uploads uploads;
    private final BoundedChecks checks;
    private final RuleSetProperties properties;

    ChangePages(RuleSets ruleSets, RuleSetPublisher publisher, Uploads uploads, BoundedChecks checks, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.publisher = publisher;
        this.uploads = uploads;
        this.checks = checks;
        this.properties = properties;
    }

    /** The form; with {@code too-large}, again after an upload over the limit was refused unread (see console.OversizedUploads). */
    @GetMapping("/console/changes/new")
    String form(@RequestParam(name = "too-large", required = false) String tooLarge, Model model) {
        FormErrors errors = new FormErrors();
        if (tooLarge != null) {
            errors.add(PART, "The selected file must be smaller than " + properties.limits().bytes().toMegabytes()
                    + " MB: nothing was uploaded. Choose a smaller workbook");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("live", live().version());
        return "console/changes/new";
    }

    @PostMapping("/console/changes")
    String upload(@RequestParam(name = PART, required = false) List<MultipartFile> files, HttpSession session, Model model) {
        FormErrors errors = new FormErrors();
        // A file input left empty still sends one part, with no name and no bytes.
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        Proposal proposal = null;
        if (chosen.isEmpty()) {
            errors.add(PART, "Select at least one workbook (a .drl.xlsx file)");
        } else {
            try {
                proposal = check(chosen);
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.add(PART, f.message()));
            } catch (WorkbookLimits.Exceeded e) {
                errors.add(PART, e.getMessage());
            } catch (BoundedChecks.Busy | BoundedChecks.OverBudget e) {
                errors.add(PART, e.getMessage());
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("live", live().version());
            return "console/changes/new";
        }
        Proposals.keep(session, proposal);
        return "redirect:/console/changes/" + proposal.id();
    }

    @GetMapping("/console/changes/{id}")
    String proposal(@PathVariable String id, HttpSession session, Model model) {
        Proposal proposal = Proposals.find(session, id).orElseThrow(() -> new NotFoundException(
                "There is no proposal " + id + " in this session: proposals are kept only until you sign out. Upload the workbooks again."));
        show(proposal, new FormErrors(), model, "", "", "", "", Set.of());
        return "console/changes/proposal";
    }

    @PostMapping("/console/changes/{id}/stage")
    String stage(@PathVariable String id, @RequestParam(required = false) String version,
                 @RequestParam(name = "effective-day", required = false) String day, @RequestParam(name = "effective-month", required = false) String month,
                 @RequestParam(name = "effective-year", required = false) String year,
                 @RequestParam(name = "accepted", required = false) List<String> accepted,
                 HttpSession session, Authentication user, Model model, RedirectAttributes redirect) {
        Proposal proposal = Proposals.find(session, id).orElseThrow(() -> new NotFoundException(
                "There is no proposal " + id + " in this session. Upload the workbooks again."));
        Set<String> intended = accepted == null ? Set.of() : new LinkedHashSet<>(accepted);
        FormErrors errors = new FormErrors();
        String name = version == null ? "" : version.trim();
        // The same rules as the API's, checked here too so that every bad field is named at once; the publisher checks again.
        if (name.isEmpty()) {
            errors.add("version", "Enter a version name, like 2027.04.1");
        } else if (!VERSION.matcher(name).matches() || name.endsWith(".")) {
            errors.add("version", "Version name must be at most 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit");
        } else if (ruleSets.knows(name)) {
            errors.add("version", "Version " + name + " is already loaded: give the new version a name of its own");
        }
        LocalDate from = DateFields.read("effective-day", "the date it decides from", day, month, year, true, errors);
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))) {
            errors.add("effective-day", "The date it decides from must be between 1 April 2015 (the eligibility regulations in force) and 31 December 2100");
        }
        if (!proposal.valid()) {
            errors.add("findings", "Fix the errors in the workbooks and upload them again: a version with errors cannot be staged");
        }
        for (String breaking : proposal.breaking()) {
            if (!intended.contains(breaking)) {
                errors.add("scenario-" + anchor(breaking), "Tick ‘" + scenarioName(proposal, breaking)
                        + "’ if its new decision is intended, or change the table so it decides as before");
            }
        }
        if (!errors.any()) {
            try {
                checks.run(() -> {
                    publisher.stage(name, from, proposal.workbooks(), intended, user == null ? null : user.getName());
                    return name;
                });
                LOG.info("Rule set {} staged from the console by {} ({} accepted scenario change(s))", name,
                        user == null ? "anonymous" : user.getName(), intended.size());
                Proposals.forget(session, id);
                redirect.addFlashAttribute("stagedNow", true);
                return "redirect:/console/rulesets/" + name;
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.add(field(f), f.message()));
            } catch (ConflictException e) {
                errors.add("version", e.getMessage());
            } catch (BoundedChecks.Busy | BoundedChecks.OverBudget e) {
                errors.add("version", e.getMessage());
            } catch (RuleSetException e) {
                e.problems().forEach(p -> errors.add("findings", p.location() + ": " + p.message()));
            } catch (RuntimeException e) {
                // The publish gate's refusal (RuleSetRejectedException, package-private to rulesets): its message counts the problems.
                LOG.warn("Staging {} from the console was refused: {}", name, e.getMessage());
                errors.add("findings", e.getMessage());
            }
        }
        show(proposal, errors, model, name, day, month, year, intended);
        return "console/changes/proposal";
    }

    private void show(Proposal proposal, FormErrors errors, Model model, String version, String day, String month, String year, Set<String> intended) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("intended", intended);
        model.addAttribute("today", ruleSets.today());
        Map<String, String> anchors = new java.util.HashMap<>();
        if (proposal.impact() != null) {
            proposal.impact().changed().forEach(c -> anchors.put(c.id(), "scenario-" + anchor(c.id())));
        }
        model.addAttribute("anchors", anchors);
    }

    /** Reads the uploads as the API does, validates them on top of the live version and, if clean, runs the scenario library under both. */
    private Proposal check(List<MultipartFile> files) {
        Map<String, byte[]> workbooks = uploads.workbooks(PART, files, true, ruleSets.today());
        RuleSet live = live();
        ValidationReport report = checks.run(() -> publisher.validate(workbooks));
        ImpactReport impact = null;
        if (report.clean()) {
            impact = checks.run(() -> {
                RuleSetSource source = live.source();
                for (var file : workbooks.entrySet()) {
                    source = source.withWorkbook(file.getKey(), file.getValue());
                }
                RuleSet candidate = ruleSets.build(source.as(live.version() + "+proposal", live.effectiveFrom()));
                return new Impact().compare(scenarios(), live, candidate);
            });
        }
        return new Proposal(UUID.randomUUID().toString().substring(0, 8), Map.copyOf(workbooks), live.version(), report,
                Findings.of(report), impact, Instant.now(ruleSets.clock()));
    }

    private List<Scenario> scenarios() {
        if (!Files.isDirectory(properties.scenariosDir())) {
            return List.of();
        }
        return ScenarioLibrary.load(properties.scenariosDir()).scenarios();
    }

    private RuleSet live() {
        return ruleSets.contextFor(null).ruleSet();
    }

    /** The API's field names on this page's form. */
    private static String field(FieldError error) {
        return switch (error.field()) {
            case "version" -> "version";
            case "effectiveFrom" -> "effective-day";
            default -> "findings";
        };
    }

    static String anchor(String scenarioId) {
        return scenarioId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String scenarioName(Proposal proposal, String id) {
        return proposal.impact().changed().stream().filter(c -> c.id().equals(id)).map(ImpactReport.Change::name).findFirst().orElse(id);
    }
}
