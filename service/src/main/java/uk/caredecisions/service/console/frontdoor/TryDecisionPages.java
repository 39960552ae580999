package uk.caredecisions.service.console.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.console.FormErrors;
import uk.caredecisions.service.console.scenarios.Attempt;
import uk.caredecisions.service.console.scenarios.FactSheet;
import uk.caredecisions.service.console.scenarios.RequestForm;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Try a decision, as a front-door worker would: a form per decision type built from its request's
 * fields (questions and codes as the tables give them), the decision the API would make, and the
 * written record ready to copy. Nothing is stored and no receipt is written. Open to practice leads
 * and trainers, as the whole console is; a case system's CLIENT credential is refused the console.
 */
@Controller
class TryDecisionPages {

    /** The decision types, in the order a worker meets them, with what each decides. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("triage", "Triage of a first contact: priority, first-contact date, sequel and the assessment duty (Care Act 2014 s9, s10, s11, s67)");
        TYPES.put("adult-eligibility", "An adult's eligibility for care and support (Care and Support (Eligibility Criteria) Regulations 2015, reg 2)");
        TYPES.put("carer-eligibility", "A carer's eligibility for support (Care and Support (Eligibility Criteria) Regulations 2015, reg 3)");
        TYPES.put("safeguarding-concern", "Screening a safeguarding concern: does the s42 enquiry duty arise, how urgently, and by which route (Care Act 2014 s42)");
    }

    /** Fields of the decision that are the header rather than what was decided. */
    private static final Set<String> HEADER = Set.of("decisionId", "decisionType", "caseReference", "outcome", "asOf", "decidedAt", "ruleSet",
            "reasons", "missing", "warnings", "record");

    private final RuleSets ruleSets;

    TryDecisionPages(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/console/try")
    String list(Model model) {
        model.addAttribute("section", "try");
        model.addAttribute("types", TYPES);
        return "console/frontdoor/list";
    }

    @GetMapping("/console/try/{path}")
    String form(@PathVariable String path, Model model) {
        DecisionType<?> type = type(path);
        RuleSet today = ruleSets.inForceOn(ruleSets.today());
        page(model, path, today, new RequestForm(type.requestType(), path, today).fields(null, null), new FormErrors());
        return "console/frontdoor/try";
    }

    @PostMapping("/console/try/{path}")
    String decide(@PathVariable String path, HttpServletRequest http, Model model) {
        DecisionType<?> type = type(path);
        RuleSet today = ruleSets.inForceOn(ruleSets.today());
        RequestForm form = new RequestForm(type.requestType(), path, today);
        FormErrors errors = new FormErrors();
        ObjectNode request = form.read(http.getParameterMap(), errors);
        if (!errors.any()) {
            try {
                Attempt attempt = Attempt.of(type, request, ruleSets::contextFor);
                if (attempt.decided()) {
                    JsonNode decision = attempt.decision();
                    model.addAttribute("decision", decision);
                    model.addAttribute("record", record(path, decision));
                    model.addAttribute("requestJson", request.toString());
                } else {
                    form.add(attempt.refused(), errors);
                }
            } catch (NoRuleSetInForceException e) {
                errors.add("asOf", "No rule set decides that date; leave it blank for today");
            }
        }
        page(model, path, today, form.fields(request, errors), errors);
        return "console/frontdoor/try";
    }

    private void page(Model model, String path, RuleSet today, List<RequestForm.Field> fields, FormErrors errors) {
        model.addAttribute("section", "try");
        model.addAttribute("path", path);
        model.addAttribute("decisionName", FactSheet.words(path.replace('-', '_')));
        model.addAttribute("about", TYPES.get(path));
        model.addAttribute("ruleSet", today);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
    }

    /**
     * The written record: the decision's own where it gives one (eligibility, safeguarding), else one
     * written from the decision's fields and reasons in the same plain words (triage).
     */
    static String record(String path, JsonNode decision) {
        if (decision.hasNonNull("record")) {
            return decision.get("record").asText();
        }
        StringBuilder out = new StringBuilder();
        out.append("Record of ").append(FactSheet.words(path.replace('-', '_')).toLowerCase(java.util.Locale.ROOT)).append(" decision\n")
                .append("Outcome: ").append(decision.path("outcome").asText()).append('\n')
                .append("As of: ").append(decision.path("asOf").asText()).append(", under rule set ")
                .append(decision.path("ruleSet").path("version").asText()).append('\n');
        ObjectNode details = decision.deepCopy();
        details.remove(HEADER);
        FactSheet.of(details).forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
        out.append("Reasons:\n");
        decision.path("reasons").forEach(r -> out.append("- ").append(r.path("text").asText())
                .append(r.path("legalBasis").asText().isEmpty() ? "" : " (" + r.path("legalBasis").asText() + ")").append('\n'));
        if (!decision.path("warnings").isEmpty()) {
            out.append("Warnings:\n");
            decision.path("warnings").forEach(w -> out.append("- ").append(w.path("text").asText()).append('\n'));
        }
        return out.toString();
    }

    private static DecisionType<?> type(String path) {
        if (!TYPES.containsKey(path)) {
            throw new NotFoundException("There is no decision type " + path + " to try.");
        }
        return DecisionTypes.all().byPath(path).orElseThrow(() -> new NotFoundException("There is no decision type " + path + " to try."));
    }
}
