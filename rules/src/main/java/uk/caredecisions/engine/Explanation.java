package uk.caredecisions.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.caredecisions.common.CitationRegistry;
import uk.caredecisions.common.Citation;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.Wording;

/**
 * Turns the findings of an evaluation into ordered, worded reasons. Order is fixed by the rule
 * ids (which follow the statute's order) and then by the subject's own order, never by firing
 * order, so the same request always reads the same.
 */
public final class Explanation {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Evaluation evaluation;
    private final Map<Finding, Wording> wordings = new IdentityHashMap<>();
    private final Function<String, String> labels;
    private final Comparator<Finding> order;

    /**
     * @param labels plain-English names of codes (outcomes, indicators), from the wording tables
     * @param subjectRank the order of subjects within one rule (say, reg 2(2) order of outcomes)
     */
    public Explanation(Evaluation evaluation, Function<String, String> labels, Comparator<String> subjectRank) {
        this.evaluation = evaluation;
        this.labels = labels;
        this.order = Comparator.comparing(Finding::rule).thenComparing(Finding::subject, subjectRank).thenComparing(Finding::code);
        evaluation.all(Wording.class)
                .sorted(Comparator.comparing(Wording::row))
                .forEach(w -> wordings.putIfAbsent(w.finding(), w));
    }

    public List<Reason> reasons(Finding.Kind kind) {
        List<Reason> reasons = new ArrayList<>();
        evaluation.all(Finding.class).filter(f -> f.kind() == kind).sorted(order).forEach(f -> reasons.add(reason(f)));
        return reasons;
    }

    public Reason reason(Finding finding) {
        RuleSet ruleSet = evaluation.ruleSet();
        Wording wording = wordings.get(finding);
        String text = wording == null ? finding.code() : render(wording.template(), finding.params());
        String source = ruleSet.row(finding.row() == null ? finding.rule() : finding.row())
                .or(() -> wording == null ? java.util.Optional.empty() : ruleSet.row(wording.row()))
                .map(TableRowRef::source).orElse(null);
        String legalBasis = CitationRegistry.bundled().find(finding.citation()).map(Citation::legalBasis).orElse(null);
        return new Reason(finding.code(), finding.subject().isEmpty() ? null : finding.subject(), text, legalBasis, finding.rule(), source);
    }

    public String render(String template, Map<String, Object> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : describe(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String describe(Object value) {
        if (value instanceof Collection<?> items) {
            List<String> names = items.stream().map(this::describe).toList();
            if (names.size() <= 1) {
                return String.join("", names);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        String text = String.valueOf(value);
        String label = labels.apply(text);
        if (label != null) {
            return label;
        }
        // A code with no wording row reads as words: PERSONAL_DIGNITY -> personal dignity.
        return text.matches("[A-Z][A-Z0-9_]+") ? text.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : text;
    }
}
