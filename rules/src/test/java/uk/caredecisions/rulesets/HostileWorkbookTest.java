package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.cli.Cli;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.TableTemplates.ColumnTemplate;
import uk.caredecisions.scenarios.Impact;
import uk.caredecisions.scenarios.ImpactReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;

/**
 * The attack corpus: copies of the bundled workbooks crafted, with POI, the way an attacker with a
 * practice lead's upload would craft them, each trying to get its own Java into the rules
 * (creating a marker file). For each: the rules written contain only template text and checked
 * literals; the workbook is refused at a named cell, or compiles harmlessly; and the marker never
 * appears, through validation, building, every decision type (the whole scenario library), scenario
 * impact and the CLI.
 */
class HostileWorkbookTest {

    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "care-decisions-hostile-" + ProcessHandle.current().pid());
    static final String CREATE_FILE = "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER + "\"));";
    static final String EXEC = "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + MARKER + "\"});";
    /** Closes the Setting(...) call of the number cell, runs the payload, opens another call for the rest of the snippet. */
    static final String BREAK_OUT = "1, null)); " + CREATE_FILE + " insert(new Setting(\"X\", 1";

    private static final String ADULT = "adult-eligibility.drl.xlsx";
    private static final String SAFEGUARDING = "safeguarding-thresholds.drl.xlsx";
    private static final Pattern CELL = Pattern.compile("[a-z-]+\\.drl\\.xlsx![A-Za-z0-9 ()]+![A-Z]+\\d+");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final List<String> FORBIDDEN = List.of("Runtime", "System", "java.", "Files", "exec", "Path", "Process", "Class", "eval");
    private static final RuleSetBuilder BUILDER = new RuleSetBuilder();
    private static final RuleSetValidator VALIDATOR = new RuleSetValidator(BUILDER);
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));

    /** A hostile copy of one bundled workbook, and the checks that must refuse it (none: it must compile harmlessly). */
    record Variant(String name, String workbook, Consumer<XSSFWorkbook> attack, Set<String> refusedBy, boolean cliImpact) {
        /** Also run {@code ./decisions scenarios impact --with} on it (it rebuilds the whole bundled set, so only for some). */
        Variant alsoThroughCliImpact() {
            return new Variant(name, workbook, attack, refusedBy, true);
        }

        @Override
        public String toString() {
            return name;
        }

        byte[] bytes() {
            return WorkbookEdits.edit(BundledRuleSet.source().workbooks().get(workbook), attack);
        }
    }

    static Stream<Variant> corpus() {
        return Stream.of(
                refused("label row merged down into a number cell", ADULT, b -> {
                    set(b, "Settings", "C8", BREAK_OUT);
                    merge(b, "Settings", "C8:C9");
                }, "sheet-layout").alsoThroughCliImpact(),
                refused("free text merged across over a number cell", ADULT, b -> {
                    set(b, "Settings", "B9", BREAK_OUT);
                    merge(b, "Settings", "B9:C9");
                }, "sheet-layout"),
                refused("keyword row merged across two columns", ADULT, b -> merge(b, "Outcomes", "C5:D5"), "sheet-layout"),
                refused("data cells merged down over two rows", ADULT, b -> merge(b, "Outcomes", "D9:D10"), "sheet-layout"),
                refused("label row merged down into a sentence, label led by a quote", ADULT, b -> {
                    set(b, "Wording", "C8", "\"x\" + " + EXEC + " + \"");
                    merge(b, "Wording", "C8:C10");
                }, "sheet-layout"),
                refused("quote-led sentence breaking out of its string", ADULT,
                        b -> set(b, "Wording", "C9", "\"x\" + java.lang.Runtime.getRuntime().exec(\"touch " + MARKER + "\") + \""), "literal-cells"),
                harmless("quote-prefixed number and sentence", ADULT, b -> {
                    set(b, "Settings", "C9", "28");
                    quotePrefix(b, "Settings", "C9");
                    set(b, "Wording", "C9", "'Condition 1 is met: the needs arise from an impairment or illness.");
                    quotePrefix(b, "Wording", "C9");
                }),
                refused("extra ACTION column after an empty keyword cell, creating a file", ADULT, b -> {
                    set(b, "Settings", "F5", "ACTION");
                    set(b, "Settings", "F7", CREATE_FILE);
                    set(b, "Settings", "F8", "Extra");
                    set(b, "Settings", "F9", "X");
                }, "sheet-layout"),
                refused("extra ACTION column after an empty keyword cell, running a command", ADULT, b -> {
                    set(b, "Outcomes", "F5", "ACTION");
                    set(b, "Outcomes", "F7", EXEC);
                    for (int r = 9; r <= 18; r++) {
                        set(b, "Outcomes", "F" + r, "X");
                    }
                }, "sheet-layout").alsoThroughCliImpact(),
                refused("text after a gap in a data row", ADULT, b -> set(b, "Settings", "F9", CREATE_FILE), "sheet-layout"),
                refused("hidden extra ACTION column right after the table", ADULT, b -> {
                    set(b, "Settings", "E5", "ACTION");
                    set(b, "Settings", "E7", CREATE_FILE);
                    set(b, "Settings", "E9", "X");
                    b.getSheet("Settings").setColumnHidden(4, true);
                }, "sheet-layout"),
                refused("hidden sentence column", ADULT, b -> b.getSheet("Wording").setColumnHidden(2, true), "sheet-layout"),
                refused("sentence column squeezed to zero width", ADULT, b -> b.getSheet("Wording").setColumnWidth(2, 0), "sheet-layout"),
                refused("hidden data row", ADULT, b -> {
                    XSSFSheet sheet = b.getSheet("Settings");
                    set(b, "Settings", "A10", "ADULT-SET-02");
                    set(b, "Settings", "B10", "LOCAL-FLUCTUATING-NEEDS");
                    set(b, "Settings", "C10", 1);
                    sheet.getRow(9).setZeroHeight(true);
                }, "sheet-layout"),
                refused("hidden sheet with a second RuleTable", ADULT, b -> {
                    XSSFSheet copy = b.cloneSheet(b.getSheetIndex("Settings"), "Extra");
                    setIn(copy, "C7", "insert(new Setting(\"X\", $param, null)); " + CREATE_FILE);
                    b.setSheetHidden(b.getSheetIndex(copy), true);
                }, "sheet-layout"),
                refused("very hidden sheet with a copy of a table", SAFEGUARDING, b -> {
                    XSSFSheet copy = b.cloneSheet(b.getSheetIndex("Settings"), "Extra");
                    setIn(copy, "A9", "SG-SET-99");
                    b.setSheetVisibility(b.getSheetIndex(copy), SheetVisibility.VERY_HIDDEN);
                }, "sheet-layout"),
                refused("number format rendering code", ADULT,
                        b -> format(b, "Settings", "C9", "\"1, null)); java.lang.System.exit(1); insert(new Setting(X, 1\""), "number-format"),
                refused("number format rendering another number", ADULT, b -> format(b, "Settings", "C9", "\"14\""), "number-format"),
                refused("second RuleTable far right, beside the first", ADULT, b -> {
                    set(b, "Settings", "Z4", "RuleTable AdultSettings");
                    set(b, "Settings", "Z5", "NAME");
                    set(b, "Settings", "AA5", "ACTION");
                    set(b, "Settings", "AA7", CREATE_FILE);
                    set(b, "Settings", "Z9", "ADULT-SET-09");
                    set(b, "Settings", "AA9", "X");
                }, "sheet-layout"),
                refused("second RuleTable far right and far below", ADULT, b -> {
                    set(b, "Settings", "Z60", "RuleTable AdultSettings");
                    set(b, "Settings", "Z61", "NAME");
                    set(b, "Settings", "AA61", "METADATA");
                    set(b, "Settings", "AB61", "ACTION");
                    set(b, "Settings", "AB62", "");
                    set(b, "Settings", "AA63", "citation(\"$param\")");
                    set(b, "Settings", "AB63", CREATE_FILE);
                    set(b, "Settings", "Z65", "ADULT-SET-09");
                    set(b, "Settings", "AA65", "LOCAL-FLUCTUATING-NEEDS");
                    set(b, "Settings", "AB65", "X");
                }, "template"),
                refused("Drools keyword in a hidden row below the table", ADULT, b -> {
                    set(b, "Wording", "A200", "Functions");
                    set(b, "Wording", "B200", "function void f() { " + CREATE_FILE + " }");
                    b.getSheet("Wording").getRow(199).setZeroHeight(true);
                }, "sheet-layout", "ruleset-block"),
                refused("code row of a hidden technical row changed", ADULT,
                        b -> set(b, "Settings", "C7", "insert(new Setting(\"ADULT_FLUCTUATION_MINIMUM_DAYS\", $param, null)); " + CREATE_FILE), "template"),
                refused("RuleSet row names another package", ADULT, b -> set(b, "Settings", "B1", "uk.caredecisions.elsewhere"), "template"),
                refused("Import row imports the file system", ADULT, b -> set(b, "Outcomes", "B2", "java.nio.file.Files, java.lang.Runtime"), "template"),
                // Not a key of the citation registry, so refused before the rules are written; the writer would refuse it too (one error per cell).
                refused("citation cell holding an expression", ADULT, b -> set(b, "Outcomes", "B9", "X) @y(java.lang.System.exit(1)"), "known-codes"),
                refused("formula in a number cell", ADULT, b -> {
                    XSSFSheet sheet = b.getSheet("Settings");
                    sheet.getRow(8).getCell(2).setCellFormula("27+1");
                }, "no-formulas"),
                harmless("sentence that reads like code", ADULT,
                        b -> set(b, "Wording", "C9", "Runtime.getRuntime().exec(touch x); System.exit(1); java.nio.file.Files.createFile(x);"))
                        .alsoThroughCliImpact(),
                harmless("code in the label row, not merged", ADULT, b -> set(b, "Settings", "C8", "1, null)); System.exit(1); insert(new Setting(X, 1")),
                harmless("merged cells and code on the Notes sheet", ADULT, b -> {
                    setIn(b.getSheet("Notes"), "A40", EXEC);
                    b.getSheet("Notes").addMergedRegion(CellRangeAddress.valueOf("A40:C42"));
                }));
    }

    @BeforeEach
    @AfterEach
    void noMarker() throws IOException {
        Files.deleteIfExists(MARKER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileWorkbookNeverRunsItsCode(Variant variant, @TempDir Path dir) throws IOException {
        byte[] bytes = variant.bytes();
        RuleSetSource source = BundledRuleSet.source().withWorkbook(variant.workbook(), bytes).as("hostile", BundledRuleSet.source().effectiveFrom());

        // (a) Whatever the checks say, the rules written from what was read hold only template text and checked literals.
        List<PolicyWorkbook> read = BUILDER.read(source);
        RuleSetBuilder.GeneratedRules generated = BUILDER.generate(read);
        assertOnlyTemplateTextAndCheckedLiterals(generated);

        // (c) Refused at a named cell, or valid.
        ValidationReport report = VALIDATOR.validate(source);
        assertNoMarker("validate");
        Set<String> caughtBy = new TreeSet<>();
        report.errors().forEach(e -> caughtBy.add(e.check()));
        System.out.println("HOSTILE " + variant.name() + " -> " + (caughtBy.isEmpty() ? "compiled harmlessly" : "refused by " + caughtBy));
        if (variant.refusedBy().isEmpty()) {
            assertThat(report.errors()).as("errors").isEmpty();
        } else {
            assertThat(caughtBy).containsAll(variant.refusedBy());
            assertThat(report.errors()).allSatisfy(e -> assertThat(e.location()).matches(CELL));
            assertThat(report.errors()).anySatisfy(e -> assertThat(e.location()).startsWith(variant.workbook() + "!"));
        }

        // (b) Build, decide every decision type (the whole library), impact, CLI: the marker never appears.
        if (variant.refusedBy().isEmpty()) {
            RuleSet ruleSet = BUILDER.build(source);
            assertNoMarker("build");
            Set<String> decided = new LinkedHashSet<>();
            LIBRARY.scenarios().stream().map(Scenario::decision).forEach(decided::add);
            assertThat(decided).containsAll(DecisionTypes.all().paths());
            ImpactReport impact = new Impact().compare(LIBRARY.scenarios(), BundledRuleSet.get(), ruleSet);
            assertThat(impact.scenarios()).isEqualTo(LIBRARY.scenarios().size());
            assertNoMarker("decisions and impact");
        } else {
            assertThatThrownBy(() -> BUILDER.build(source)).isInstanceOf(RuleSetException.class);
            assertNoMarker("build");
        }

        Path folder = Files.createDirectories(dir.resolve("tables"));
        try (Stream<Path> files = Files.list(BundledRuleSet.tablesDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path file = folder.resolve(variant.workbook());
        Files.write(file, bytes);
        int validate = cli("validate", folder.toString());
        assertNoMarker("./decisions validate");
        assertThat(validate).isEqualTo(variant.refusedBy().isEmpty() ? 0 : 1);
        if (!variant.cliImpact()) {
            return;
        }
        int impact = cli("scenarios", "impact", "--from", BundledRuleSet.tablesDir().toString(), "--with", file.toString(),
                "--scenarios", BundledRuleSet.repoRoot().resolve("test-scenarios").toString());
        assertNoMarker("./decisions scenarios impact --with");
        assertThat(impact).isEqualTo(variant.refusedBy().isEmpty() ? 0 : 2);
    }

    /**
     * Every line of every generated file is structure (package, import, rule, when, then, end), or a
     * template snippet with its slots filled by a literal; every string literal is template text or a
     * value of the checked model; and outside string literals no word of Java's dangerous API appears.
     */
    static void assertOnlyTemplateTextAndCheckedLiterals(RuleSetBuilder.GeneratedRules generated) {
        Set<String> values = new LinkedHashSet<>();
        generated.tables().forEach(t -> t.rows().forEach(r -> values.addAll(r.values())));
        Set<String> templateLiterals = new LinkedHashSet<>();
        List<Pattern> skeletons = new ArrayList<>();
        for (List<ColumnTemplate> columns : TableTemplates.bundled().approved().values()) {
            for (ColumnTemplate c : columns) {
                String snippet = blank(c.snippet(), templateLiterals);
                String line = switch (c.keyword()) {
                    case "CONDITION" -> blank(c.objectType(), templateLiterals) + "(" + snippet + ")";
                    case "METADATA" -> "@" + snippet;
                    default -> snippet;
                };
                skeletons.add(Pattern.compile(Pattern.quote(line).replace("$param", "\\E(-?\\d{1,9}(\\.\\d{1,6})?|[A-Z][A-Z0-9_]*)\\Q")));
            }
        }
        Set<String> headers = new LinkedHashSet<>();
        TableTemplates.bundled().approved().keySet().forEach(name -> TableTemplates.bundled().header(name)
                .filter(h -> !h.isData()).ifPresent(h -> headers.addAll(TableDrl.header(h).lines().toList())));
        for (String drl : generated.drl().values()) {
            for (String raw : drl.lines().map(String::strip).toList()) {
                if (raw.isEmpty() || raw.startsWith("//") && !raw.contains("\"")) {
                    continue;
                }
                if (headers.contains(raw)) {
                    continue;
                }
                Matcher m = LITERAL.matcher(raw);
                while (m.find()) {
                    String literal = m.group(1);
                    assertThat(values.contains(literal) || templateLiterals.contains(literal))
                            .as("string literal \"%s\" is a checked cell value or template text", literal).isTrue();
                }
                String code = LITERAL.matcher(raw).replaceAll("\"\"");
                for (String word : FORBIDDEN) {
                    assertThat(code).as("code outside string literals").doesNotContain(word);
                }
                boolean structure = code.equals("rule \"\"") || code.equals("when") || code.equals("then") || code.equals("end");
                assertThat(structure || skeletons.stream().anyMatch(p -> p.matcher(code).matches()))
                        .as("line '%s' is structure or an approved snippet", raw).isTrue();
            }
        }
    }

    /** The text with its string literals emptied; the literals are collected. */
    private static String blank(String text, Set<String> literals) {
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!m.group(1).equals("$param")) {
                literals.add(m.group(1));
            }
            m.appendReplacement(out, "\"\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int cli(String... args) {
        return Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    private static void assertNoMarker(String stage) {
        assertThat(Files.exists(MARKER)).as("marker file after %s", stage).isFalse();
    }

    private static Variant refused(String name, String workbook, Consumer<XSSFWorkbook> attack, String... checks) {
        return new Variant(name, workbook, attack, Set.of(checks), false);
    }

    private static Variant harmless(String name, String workbook, Consumer<XSSFWorkbook> attack) {
        return new Variant(name, workbook, attack, Set.of(), false);
    }

    private static void set(XSSFWorkbook book, String sheet, String a1, Object value) {
        setIn(book.getSheet(sheet), a1, value);
    }

    private static void setIn(XSSFSheet sheet, String a1, Object value) {
        CellReference ref = new CellReference(a1);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void merge(XSSFWorkbook book, String sheet, String range) {
        book.getSheet(sheet).addMergedRegion(CellRangeAddress.valueOf(range));
    }

    private static void quotePrefix(XSSFWorkbook book, String sheet, String a1) {
        Cell cell = cell(book, sheet, a1);
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setQuotePrefixed(true);
        cell.setCellStyle(style);
    }

    private static void format(XSSFWorkbook book, String sheet, String a1, String numberFormat) {
        Cell cell = cell(book, sheet, a1);
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(book.createDataFormat().getFormat(numberFormat));
        cell.setCellStyle(style);
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return book.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
