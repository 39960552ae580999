package uk.caredecisions.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import uk.caredecisions.common.Citation;
import uk.caredecisions.common.CitationRegistry;
import uk.caredecisions.common.Finding;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.Wording;
import uk.caredecisions.rulesets.CellRef;

/**
 * Turns the findings of an evaluation into ordered, worded reasons. Order is fixed by the rule
 * ids (which follow the statute's order) and then by the subject's own order, never by firing
 * order, so the same request always reads the same.
 *
 * <p>The findings are sorted out by kind in one pass, and each kind's reasons are worded once and
 * kept: a decision asks for the same reasons several times (the envelope, then the written record).
 */
public final class Explanation {

    /** Cell names of table rows: formatting an A1 name is dear and the rows are few. */
    private static final Map<CellRef, String> SOURCES = new ConcurrentHashMap<>();
    private static final int SOURCES_KEPT = 100_000;
    /** A code as the tables write one; compiled once (String.matches compiled it for every value described). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]+");

    private final Evaluation evaluation;
    private final Map<Finding, Wording> wordings = new IdentityHashMap<>();
    private final Function<String, String> labels;
    private final Comparator<Finding> order;
    private final Map<Finding.Kind, List<Finding>> findings = new EnumMap<>(Finding.Kind.class);
    private final Map<Finding.Kind, List<Reason>> worded = new EnumMap<>(Finding.Kind.class);

    /**
     * @param labels plain-English names of codes (outcomes, indicators), from the wording tables
     * @param subjectRank the order of subjects within one rule (say, reg 2(2) order of outcomes)
     */
    public Explanation(Evaluation evaluation, Function<String, String> labels, Comparator<String> subjectRank) {
        this.evaluation = evaluation;
        this.labels = labels;
        this.order = Comparator.comparing(Finding::rule).thenComparing(Finding::subject, subjectRank).thenComparing(Finding::code);
        List<Wording> all = new ArrayList<>();
        for (Object fact : evaluation.facts()) {
            if (fact instanceof Finding f) {
                findings.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
            } else if (fact instanceof Wording w) {
                all.add(w);
            }
        }
        all.sort(Comparator.comparing(Wording::row));
        all.forEach(w -> wordings.putIfAbsent(w.finding(), w));
    }

    public List<Reason> reasons(Finding.Kind kind) {
        List<Reason> reasons = worded.get(kind);
        if (reasons == null) {
            List<Finding> ofKind = findings.getOrDefault(kind, List.of());
            // A stable sort of the findings in fact order, as before: ties keep the engine's order.
            List<Finding> sorted = new ArrayList<>(ofKind);
            sorted.sort(order);
            reasons = new ArrayList<>(sorted.size());
            for (Finding f : sorted) {
                reasons.add(reason(f));
            }
            worded.put(kind, reasons);
        }
        return new ArrayList<>(reasons);
    }

    public Reason reason(Finding finding) {
        RuleSet ruleSet = evaluation.ruleSet();
        Wording wording = wordings.get(finding);
        String text = wording == null ? finding.code() : render(wording.template(), finding.params());
        TableRowRef row = ruleSet.rowsByRule().get(finding.row() == null ? finding.rule() : finding.row());
        if (row == null && wording != null) {
            row = ruleSet.rowsByRule().get(wording.row());
        }
        String source = row == null ? null : source(row);
        String legalBasis = CitationRegistry.bundled().find(finding.citation()).map(Citation::legalBasis).orElse(null);
        return new Reason(finding.code(), finding.subject().isEmpty() ? null : finding.subject(), text, legalBasis, finding.rule(), source);
    }

    private static String source(TableRowRef row) {
        CellRef cell = row.row().cell();
        String known = SOURCES.get(cell);
        if (known != null) {
            return known;
        }
        if (SOURCES.size() > SOURCES_KEPT) {
            SOURCES.clear();
        }
        String source = row.source();
        SOURCES.put(cell, source);
        return source;
    }

    /**
     * Fills {@code {name}} placeholders (letters only) with the finding's parameters, leaving any
     * placeholder with no parameter as written.
     */
    public String render(String template, Map<String, Object> params) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int copied = 0;
        while (open >= 0) {
            int end = open + 1;
            while (end < template.length() && isAsciiLetter(template.charAt(end))) {
                end++;
            }
            if (end > open + 1 && end < template.length() && template.charAt(end) == '}') {
                Object value = params.get(template.substring(open + 1, end));
                if (value != null) {
                    out.append(template, copied, open).append(describe(value));
                    copied = end + 1;
                }
                open = template.indexOf('{', end + 1);
            } else {
                open = template.indexOf('{', open + 1);
            }
        }
        return out.append(template, copied, template.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
        return CODE.matcher(text).matches() ? text.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : text;
    }
}
