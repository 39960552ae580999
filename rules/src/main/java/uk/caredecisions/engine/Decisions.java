package uk.caredecisions.engine;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.common.Citation;
import uk.caredecisions.common.CitationRegistry;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.Missing;
import uk.caredecisions.common.NextStep;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.RuleSetRef;

/** Assembles the parts every decision type shares: the envelope, missing facts, next steps and the written record. */
public final class Decisions {

    private Decisions() {}

    public static <D> Decision<D> envelope(String type, String caseReference, String outcome, DecisionContext context,
            Explanation explanation, D details) {
        return envelope(type, caseReference, outcome, context, explanation, List.of(), details);
    }

    /** As above, with warnings found outside the rules (a deadline past the bank-holiday calendar) after the rules' own. */
    public static <D> Decision<D> envelope(String type, String caseReference, String outcome, DecisionContext context,
            Explanation explanation, List<Reason> moreWarnings, D details) {
        RuleSet rs = context.ruleSet();
        List<Reason> warnings = new ArrayList<>(explanation.reasons(Finding.Kind.WARNING));
        warnings.addAll(moreWarnings);
        return new Decision<>(context.ids().get(), type, caseReference, outcome, context.asOf(), context.clock().instant(),
                new RuleSetRef(rs.version(), rs.sha256(), rs.effectiveFrom()),
                explanation.reasons(Finding.Kind.REASON), missing(explanation), List.copyOf(warnings), details);
    }

    public static List<Missing> missing(Explanation explanation) {
        return explanation.reasons(Finding.Kind.MISSING).stream().map(r -> new Missing(r.subject(), r.text())).toList();
    }

    public static List<NextStep> nextSteps(Explanation explanation) {
        return explanation.reasons(Finding.Kind.NEXT_STEP).stream()
                .map(r -> new NextStep(r.code(), r.text(), r.legalBasis(), r.source())).toList();
    }

    /**
     * The written record (Care Act s13(2)): a title, the reasons in order, what happens next, and the
     * rule set that decided, in sentences from the wording tables.
     */
    public static String writtenRecord(Explanation explanation, List<NextStep> nextSteps, RuleSet ruleSet) {
        return writtenRecord(explanation, nextSteps, ruleSet, List.of());
    }

    public static String writtenRecord(Explanation explanation, List<NextStep> nextSteps, RuleSet ruleSet, List<Reason> moreWarnings) {
        List<String> lines = new ArrayList<>();
        List<Reason> headings = explanation.reasons(Finding.Kind.RECORD);
        String title = headings.stream().filter(h -> h.code().equals("RECORD_TITLE")).map(Reason::text).findFirst().orElse("Record of decision");
        String next = headings.stream().filter(h -> h.code().equals("RECORD_NEXT_STEPS")).map(Reason::text).findFirst().orElse("What happens next");
        lines.add(title);
        lines.add("");
        explanation.reasons(Finding.Kind.REASON).forEach(r -> lines.add("- " + r.text()));
        explanation.reasons(Finding.Kind.WARNING).forEach(r -> lines.add("- " + r.text()));
        moreWarnings.forEach(r -> lines.add("- " + r.text()));
        if (!nextSteps.isEmpty()) {
            lines.add("");
            lines.add(next);
            nextSteps.forEach(s -> lines.add("- " + s.text()));
        }
        lines.add("");
        lines.add("Decided under rule set " + ruleSet.version() + " (in force from " + ruleSet.effectiveFrom() + ").");
        return String.join("\n", lines);
    }

    static String legalBasis(String key) {
        return CitationRegistry.bundled().find(key).map(Citation::legalBasis).orElse(null);
    }
}
