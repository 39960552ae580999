package uk.caredecisions.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule concluded, inserted by the rule's consequence. Law rules (DRL) and policy rows
 * (decision tables) both conclude with findings; the wording tables turn each finding into a
 * sentence, and the engine turns findings into the reasons of a decision.
 *
 * <p>A finding is identified by its code and its subject (an outcome code, a condition), so that
 * the same rule firing for two outcomes gives two findings.
 */
public final class Finding {

    /** How the decision uses a finding. */
    public enum Kind { REASON, WARNING, MISSING, NEXT_STEP, ACTION, RECORD }

    private final Kind kind;
    private final String code;
    private final String subject;
    private final String rule;
    private final String citation;
    private final String decision;
    private String row;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Finding(Kind kind, Rule rule, String code, String subject) {
        this.kind = kind;
        this.code = Objects.requireNonNull(code, "code");
        this.subject = subject == null ? "" : subject;
        this.rule = rule.getName();
        Object cited = rule.getMetaData().get("citation");
        this.citation = cited == null ? null : cited.toString();
        String pkg = rule.getPackageName();
        this.decision = pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    public static Finding record(Rule rule, String code) {
        return new Finding(Kind.RECORD, rule, code, null);
    }

    public static Finding reason(Rule rule, String code) {
        return new Finding(Kind.REASON, rule, code, null);
    }

    public static Finding reason(Rule rule, String code, String subject) {
        return new Finding(Kind.REASON, rule, code, subject);
    }

    public static Finding warning(Rule rule, String code) {
        return new Finding(Kind.WARNING, rule, code, null);
    }

    /** A fact the decision depends on and nobody knows: coded {@code MISSING_<FIELD>} for its wording row. */
    public static Finding missing(Rule rule, String field) {
        return new Finding(Kind.MISSING, rule, "MISSING_" + field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT), field);
    }

    /** An outcome not yet assessed that could change the determination: field {@code outcomes.<CODE>}, coded {@code MISSING_OUTCOME}. */
    public static Finding missingOutcome(Rule rule, String outcome) {
        return new Finding(Kind.MISSING, rule, "MISSING_OUTCOME", "outcomes." + outcome).with("outcome", outcome);
    }

    public static Finding nextStep(Rule rule, String code) {
        return new Finding(Kind.NEXT_STEP, rule, code, null);
    }

    public static Finding action(Rule rule, String code) {
        return new Finding(Kind.ACTION, rule, code, null);
    }

    /** Adds a value a wording template may name as {@code {key}}. */
    public Finding with(String key, Object value) {
        params.put(key, value);
        return this;
    }

    /** Names the table row that supplied a value this finding used (a local minimum, say). */
    public Finding from(String tableRow) {
        this.row = tableRow;
        return this;
    }

    public Kind kind() { return kind; }
    /** The decision area of the rule, the last part of its package: {@code adult}, {@code carer}... */
    public String decision() { return decision; }
    public String row() { return row; }
    public String code() { return code; }
    public String subject() { return subject; }
    /** The name of the rule (DRL) or table row that concluded this. */
    public String rule() { return rule; }
    /** The citation key of the rule or row, resolved through {@link CitationRegistry}. */
    public String citation() { return citation; }
    public Map<String, Object> params() { return Collections.unmodifiableMap(params); }

    // Java-bean accessors: the DRL and decision-table compilers read properties by getter name.
    public Kind getKind() { return kind; }
    public String getCode() { return code; }
    public String getSubject() { return subject; }
    public String getDecision() { return decision; }

    @Override
    public String toString() {
        return kind + ":" + code + (subject.isEmpty() ? "" : "[" + subject + "]");
    }
}
