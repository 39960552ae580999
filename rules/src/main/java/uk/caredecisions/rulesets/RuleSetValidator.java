package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.checks.KnownCodesCheck;
import uk.caredecisions.rulesets.checks.NoConflicts;
import uk.caredecisions.rulesets.checks.NoDuplicates;
import uk.caredecisions.rulesets.checks.NoGaps;
import uk.caredecisions.rulesets.checks.NoShadowedRows;
import uk.caredecisions.rulesets.checks.NoUnreachableRows;
import uk.caredecisions.rulesets.checks.NumberRangesCheck;
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

    public static final List<TableCheck> TABLE_CHECKS = List.of(new KnownCodesCheck(), new NumberRangesCheck(), new NoGaps(), new NoConflicts(),
            new NoDuplicates(), new NoShadowedRows(), new NoUnreachableRows(), new RowsHaveResults());

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

    /**
     * One finding per cell, the first in the order of the checks (the one a person would fix first):
     * a second finding at the same cell is the same mistake seen again. Findings about a whole workbook are all kept.
     */
    static List<WorkbookProblem> onePerCell(List<WorkbookProblem> problems, Set<String> taken) {
        Set<String> seen = new HashSet<>(taken);
        List<WorkbookProblem> kept = new ArrayList<>();
        for (WorkbookProblem problem : new LinkedHashSet<>(problems)) {
            boolean cell = problem.location().chars().filter(ch -> ch == '!').count() == 2;
            if (!cell || seen.add(problem.location())) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /** {@code workbook!Sheet!12} for a cell's location {@code workbook!Sheet!C12}; any other location as it is. */
    private static String row(String location) {
        int cell = location.lastIndexOf('!');
        return location.chars().filter(ch -> ch == '!').count() == 2 ? location.substring(0, cell + 1) + location.substring(cell + 1).replaceAll("^[A-Z]+", "")
                : location;
    }

    /** Moves the warnings a workbook's Notes sheet accepts out of {@code warnings}; an acceptance matching nothing is itself a warning. */
    private static List<WorkbookProblem> accept(List<PolicyWorkbook> workbooks, List<WorkbookProblem> warnings) {
        List<WorkbookProblem> accepted = new ArrayList<>();
        List<WorkbookProblem> stale = new ArrayList<>();
        for (PolicyWorkbook workbook : workbooks) {
            for (AcceptedWarning acceptance : workbook.accepted()) {
                Set<String> cells = new HashSet<>();
                workbook.tables().forEach(t -> t.rows().stream().filter(r -> r.id().equals(acceptance.rowId()))
                        .forEach(r -> r.cells().forEach(c -> cells.add(c.toString()))));
                List<WorkbookProblem> matched = warnings.stream()
                        .filter(w -> w.check().equals(acceptance.check()) && cells.contains(w.location())).toList();
                if (matched.isEmpty()) {
                    stale.add(WorkbookProblem.warning("accepted-warnings", acceptance.note(), "This line accepts a [" + acceptance.check()
                            + "] warning for row " + acceptance.rowId() + ", but there is no such warning any more: delete the line."));
                }
                for (WorkbookProblem w : matched) {
                    warnings.remove(w);
                    accepted.add(new WorkbookProblem(w.severity(), w.check(), w.location(),
                            w.message() + " Accepted (" + acceptance.note() + "): " + acceptance.reason()));
                }
            }
        }
        warnings.addAll(stale);
        return List.copyOf(accepted);
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
                // A row that a check has already refused at its cell fails to compile for the same mistake: one error is enough.
                Set<String> refusedRows = problems.stream().filter(p -> p.severity() == WorkbookProblem.Severity.ERROR)
                        .map(p -> row(p.location())).collect(java.util.stream.Collectors.toSet());
                e.problems().stream().filter(p -> !refusedRows.contains(row(p.location()))).forEach(problems::add);
            }
        }
        List<WorkbookProblem> errors = onePerCell(problems.stream().filter(p -> p.severity() == WorkbookProblem.Severity.ERROR).toList(), Set.of());
        Set<String> errorCells = errors.stream().map(WorkbookProblem::location).collect(java.util.stream.Collectors.toSet());
        List<WorkbookProblem> warnings = new ArrayList<>(onePerCell(
                problems.stream().filter(p -> p.severity() == WorkbookProblem.Severity.WARNING).toList(), errorCells));
        List<WorkbookProblem> accepted = accept(workbooks, warnings);
        ValidationReport report = new ValidationReport(source.version(), List.copyOf(source.workbooks().keySet()), tables.size(),
                tables.stream().mapToInt(t -> t.rows().size()).sum(), errors, List.copyOf(warnings), accepted);
        return new Validated(report, errors.isEmpty() ? Optional.ofNullable(built) : Optional.empty());
    }
}
