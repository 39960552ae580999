package uk.caredecisions.service.console.rulesets;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.ConflictException;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.common.RuleSetUnavailableException;
import uk.caredecisions.service.console.DateFields;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSetPublisher;
import uk.caredecisions.service.rulesets.SelfApprovalException;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * The rule sets a practice lead or trainer can look at: every version with its status, dates and
 * sha256, the one live on a chosen date, a version's workbooks and tables cell by cell, a workbook
 * to download, the row-level difference between two versions; and, for a practice lead, activating
 * a staged version (after a second practice lead's approval when that is required), showing who
 * staged, approved and activated each version and when.
 */
@Controller
class RuleSetPages {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetPages.class);

    private final RuleSets ruleSets;
    private final RuleSetPublisher publisher;
    private final RuleSetProperties properties;

    RuleSetPages(RuleSets ruleSets, RuleSetPublisher publisher, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.publisher = publisher;
        this.properties = properties;
    }

    @GetMapping("/console/rulesets")
    String list(@RequestParam(name = "on-day", required = false) String day, @RequestParam(name = "on-month", required = false) String month,
                @RequestParam(name = "on-year", required = false) String year, Model model) {
        LocalDate today = ruleSets.today();
        FormErrors errors = new FormErrors();
        LocalDate on = DateFields.read("on-day", "the date", day, month, year, false, errors);
        LocalDate date = on == null ? today : on;
        String live = null;
        String notLive = null;
        try {
            live = ruleSets.inForceOn(date).version();
        } catch (NoRuleSetInForceException | RuleSetUnavailableException e) {
            notLive = e.getMessage();
        }
        model.addAttribute("versions", Versions.of(ruleSets.library(), today, publisher.provenanceOfAll()));
        model.addAttribute("today", today);
        model.addAttribute("date", date);
        model.addAttribute("live", live);
        model.addAttribute("notLive", notLive);
        model.addAttribute("errors", errors);
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        return "console/rulesets/list";
    }

    @GetMapping("/console/rulesets/{version}")
    String version(@PathVariable String version, Authentication user, Model model) {
        return show(version, user, new FormErrors(), model);
    }

    private String show(String version, Authentication user, FormErrors errors, Model model) {
        RuleSet ruleSet = find(version);
        LocalDate today = ruleSets.today();
        Versions.Version line = Versions.of(ruleSets.library(), today, Map.of()).stream().filter(v -> v.version().equals(version)).findFirst().orElse(null);
        boolean staged = line != null && line.status() == RuleSetLibrary.Status.STAGED;
        model.addAttribute("ruleSet", ruleSet);
        model.addAttribute("line", line);
        model.addAttribute("staged", staged);
        model.addAttribute("steps", Steps.of(publisher.provenanceOfAll().get(version), staged, properties.requireSecondApprover(),
                user == null ? null : user.getName(), isPracticeLead(user)));
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        if (!model.containsAttribute("when")) {
            model.addAttribute("when", ActivationDate.STAGED);
            model.addAttribute("fromBoxes", new String[] {"", "", ""});
        }
        model.addAttribute("workbooks", VersionViews.workbooks(ruleSet));
        model.addAttribute("others", ruleSets.library().entries().stream().map(e -> e.ruleSet().version())
                .filter(v -> !v.equals(version)).sorted().toList());
        return "console/rulesets/version";
    }

    @GetMapping("/console/rulesets/{version}/tables/{table}")
    String table(@PathVariable String version, @PathVariable String table, Model model) {
        RuleSet ruleSet = find(version);
        DecisionTable found = ruleSet.table(table).orElseThrow(() -> new NotFoundException("Rule set " + version + " has no table " + table + "."));
        model.addAttribute("ruleSet", ruleSet);
        model.addAttribute("table", found);
        return "console/rulesets/table";
    }

    /** The workbook exactly as this version holds it, to edit and upload again as a change. */
    @GetMapping("/console/rulesets/{version}/workbooks/{file:.+}")
    ResponseEntity<byte[]> workbook(@PathVariable String version, @PathVariable String file) {
        byte[] content = find(version).source().workbooks().get(file);
        if (content == null) {
            throw new NotFoundException("Rule set " + version + " has no workbook " + file + ".");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(content);
    }

    @GetMapping("/console/rulesets/diff")
    String diff(@RequestParam String from, @RequestParam String to, Model model) {
        RuleSet before = find(from);
        RuleSet after = find(to);
        List<VersionViews.TableChanges> changes = VersionViews.diff(before, after);
        model.addAttribute("from", before);
        model.addAttribute("to", after);
        model.addAttribute("changes", changes);
        model.addAttribute("changedWorkbooks", after.source().workbooks().keySet().stream()
                .filter(name -> !java.util.Arrays.equals(after.source().workbooks().get(name), before.source().workbooks().get(name))).toList());
        return "console/rulesets/diff";
    }

    /**
     * A staged version decides from the date it was staged with, from today, or from another date
     * chosen here (today or later). Refused (an error summary on the version's page) for a date
     * that is not one, or is past; while it awaits a second practice lead's approval; or when
     * another replica activated a version meanwhile.
     */
    @PostMapping("/console/rulesets/{version}/activate")
    String activate(@PathVariable String version, @RequestParam(required = false) String when,
                    @RequestParam(name = "activate-from-day", required = false) String day,
                    @RequestParam(name = "activate-from-month", required = false) String month,
                    @RequestParam(name = "activate-from-year", required = false) String year,
                    Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        find(version);
        FormErrors errors = new FormErrors();
        String chosen = when == null ? ActivationDate.STAGED : when;
        LocalDate from = ActivationDate.read(chosen, day, month, year, ruleSets.today(), errors);
        if (!errors.any()) {
            try {
                publisher.activate(version, user.getName(), from);
                LOG.info("Rule set {} activated from the console by {}{}", version, user.getName(), from == null ? "" : " to decide from " + from);
                redirect.addFlashAttribute("activated", true);
                return "redirect:/console/rulesets/" + version;
            } catch (ConflictException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.add("activate", e.getMessage());
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.add(ActivationDate.FIELD, f.message()));
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("when", chosen);
        model.addAttribute("fromBoxes", new String[] {day, month, year});
        return show(version, user, errors, model);
    }

    /** A second practice lead's approval of a staged version; the one who staged it is refused, as the API refuses them. */
    @PostMapping("/console/rulesets/{version}/approve")
    String approve(@PathVariable String version, Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        find(version);
        try {
            publisher.approve(version, user.getName());
        } catch (ConflictException | SelfApprovalException e) {
            response.setStatus(e instanceof SelfApprovalException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_CONFLICT);
            return show(version, user, new FormErrors().add("approve", e.getMessage()), model);
        }
        LOG.info("Rule set {} approved from the console by {}", version, user.getName());
        redirect.addFlashAttribute("approved", true);
        return "redirect:/console/rulesets/" + version;
    }

    private static boolean isPracticeLead(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_PRACTICE_LEAD".equals(a.getAuthority()));
    }

    private RuleSet find(String version) {
        return ruleSets.version(version).orElseThrow(() -> new NotFoundException("There is no rule set " + version + "."));
    }
}
