package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.checks.NoConflicts;
import uk.caredecisions.rulesets.checks.NoDuplicates;
import uk.caredecisions.rulesets.checks.NoGaps;
import uk.caredecisions.rulesets.checks.NoShadowedRows;
import uk.caredecisions.rulesets.checks.NoUnreachableRows;
import uk.caredecisions.rulesets.checks.RowsHaveResults;
import uk.caredecisions.rulesets.checks.TableCheck;
import uk.caredecisions.rulesets.checks.TableScope;

/**
 * Every check a practice lead's edit must pass, in the order a person would fix them: the file is
 * safe to read (size, macros, links, formulas), every cell is a literal of its column and the
 * technical rows match the approved template ({@link WorkbookChecks}, before any compiler sees a
 * cell), the rows make sense together (the {@link TableCheck}s: no gaps, no conflicts, no
 * duplicates, no shadowed or unreachable rows), and finally the whole set compiles with the law's
 * DRL, any compile error mapped back to its cell. Nothing is published or changed.
 */
public final class RuleSetValidator {

    /** A validation, and the built rule set when it is clean. */
    public record Validated(ValidationReport report, Optional<RuleSet> ruleSet) {}

    public static final List<TableCheck> TABLE_CHECKS = List.of(new NoGaps(), new NoConflicts(), new NoDuplicates(),
            new NoShadowedRows(), new NoUnreachableRows(), new RowsHaveResults());

    private final RuleSetBuilder builder;

    public RuleSetValidator(RuleSetBuilder builder) {
        this.builder = builder;
    }

    public RuleSetValidator() {
        this(new RuleSetBuilder());
    }

    public ValidationReport validate(RuleSetSource source) {
        return validateAndBuild(source).report();
    }

    public Validated validateAndBuild(RuleSetSource source) {
        List<PolicyWorkbook> workbooks = builder.read(source);
        List<WorkbookProblem> problems = new ArrayList<>();
        List<DecisionTable> tables = new ArrayList<>();
        workbooks.forEach(w -> {
            problems.addAll(w.problems());
            tables.addAll(w.tables());
        });
        boolean safe = workbooks.stream().noneMatch(PolicyWorkbook::hasErrors);
        RuleSet built = null;
        if (safe) {
            // Cells are known to be literals here, so the table checks may read them as values.
            TableScope scope = TableScope.bundled(new RuleSetContents(RuleSetBuilder.lawDrl(), List.copyOf(tables)));
            for (DecisionTable table : tables) {
                for (TableCheck check : TABLE_CHECKS) {
                    problems.addAll(check.check(table, scope));
                }
            }
            try {
                built = builder.build(source);
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        List<WorkbookProblem> errors = problems.stream().filter(p -> p.severity() == WorkbookProblem.Severity.ERROR).distinct().toList();
        List<WorkbookProblem> warnings = problems.stream().filter(p -> p.severity() == WorkbookProblem.Severity.WARNING).distinct().toList();
        ValidationReport report = new ValidationReport(source.version(), List.copyOf(source.workbooks().keySet()), tables.size(),
                tables.stream().mapToInt(t -> t.rows().size()).sum(), errors, warnings);
        return new Validated(report, errors.isEmpty() ? Optional.ofNullable(built) : Optional.empty());
    }
}
