package uk.caredecisions.service.console.rulesets;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.console.DateFields;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.receipts.ImpactRuns;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * What a version (typically one just staged) would have changed in real history: the receipts of
 * decisions dated (asOf) between two dates decided again under it, counted by outcome pair with a
 * sample of cases and both sets of reasons. Nothing is recorded. Sending the form starts a run in
 * the background and goes to its page, which shows how many are decided so far (kept up to date by
 * a script, or by reloading) and then the result; the API's {@code POST /v1/reports/impact} is the
 * same run, answered when it ends.
 */
@Controller
class HistoryImpactPages {

    /** The decision types whose receipts can be decided again (a waiting-list review is not a decision of one case). */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("", "Every kind of decision");
        TYPES.put("ADULT_ELIGIBILITY", "Adults' eligibility");
        TYPES.put("CARER_ELIGIBILITY", "Carers' eligibility");
        TYPES.put("SAFEGUARDING_CONCERN", "Safeguarding concerns");
        TYPES.put("TRIAGE", "Front-door triage");
    }

    private static final int DEFAULT_DAYS = 30;
    private static final int SAMPLE = 5;

    private final RuleSets ruleSets;
    private final ImpactRuns runs;

    HistoryImpactPages(RuleSets ruleSets, ImpactRuns runs) {
        this.ruleSets = ruleSets;
        this.runs = runs;
    }

    @GetMapping("/console/rulesets/{version}/history-impact")
    String form(@PathVariable String version, Model model) {
        LocalDate today = ruleSets.today();
        return page(find(version), new FormErrors(), boxes(today.minusDays(DEFAULT_DAYS)), boxes(today), "", model);
    }

    @PostMapping("/console/rulesets/{version}/history-impact")
    String run(@PathVariable String version, @RequestParam(name = "type", required = false) String type,
               @RequestParam(name = "from-day", required = false) String fromDay, @RequestParam(name = "from-month", required = false) String fromMonth,
               @RequestParam(name = "from-year", required = false) String fromYear,
               @RequestParam(name = "to-day", required = false) String toDay, @RequestParam(name = "to-month", required = false) String toMonth,
               @RequestParam(name = "to-year", required = false) String toYear, Model model) {
        RuleSet ruleSet = find(version);
        FormErrors errors = new FormErrors();
        String chosen = type == null ? "" : type;
        if (!TYPES.containsKey(chosen)) {
            errors.add("type", "Select the kind of decision");
        }
        LocalDate from = DateFields.read("from-day", "the start date", fromDay, fromMonth, fromYear, true, errors);
        LocalDate to = DateFields.read("to-day", "the end date", toDay, toMonth, toYear, true, errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("from-day", "The start date must be the same as or before the end date");
        }
        if (errors.any()) {
            return page(ruleSet, errors, new String[] {fromDay, fromMonth, fromYear}, new String[] {toDay, toMonth, toYear}, chosen, model);
        }
        ImpactRuns.Run run = runs.start(version, from, to, chosen.isEmpty() ? null : chosen, SAMPLE);
        return "redirect:/console/rulesets/" + version + "/history-impact/runs/" + run.id();
    }

    @GetMapping("/console/rulesets/{version}/history-impact/runs/{id}")
    String run(@PathVariable String version, @PathVariable String id, Model model) {
        ImpactRuns.Run run = find(version, id);
        model.addAttribute("ruleSet", find(version));
        model.addAttribute("run", run);
        model.addAttribute("types", TYPES);
        model.addAttribute("result", run.result());
        return "console/rulesets/history-impact-run";
    }

    /** How far a run has got, for the page's script: the console's, not part of the API. */
    @Hidden
    @GetMapping(path = "/console/rulesets/{version}/history-impact/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable String version, @PathVariable String id) {
        ImpactRuns.Run run = find(version, id);
        return Map.of("decided", run.decided(), "total", run.total(), "percent", run.percent(), "done", run.done());
    }

    private ImpactRuns.Run find(String version, String id) {
        return runs.find(id).filter(r -> r.version().equals(version))
                .orElseThrow(() -> new NotFoundException("There is no run " + id + " of " + version + "; runs are kept for two hours."));
    }

    private String page(RuleSet ruleSet, FormErrors errors, String[] fromBoxes, String[] toBoxes, String type, Model model) {
        model.addAttribute("ruleSet", ruleSet);
        model.addAttribute("errors", errors);
        model.addAttribute("fromBoxes", fromBoxes);
        model.addAttribute("toBoxes", toBoxes);
        model.addAttribute("types", TYPES);
        model.addAttribute("type", type);
        return "console/rulesets/history-impact";
    }

    private RuleSet find(String version) {
        return ruleSets.version(version).orElseThrow(() -> new NotFoundException("There is no rule set " + version + "."));
    }

    private static String[] boxes(LocalDate date) {
        return new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())};
    }
}
