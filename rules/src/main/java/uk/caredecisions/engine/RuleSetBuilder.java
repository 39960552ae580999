package uk.caredecisions.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.PolicyWorkbook;
import uk.caredecisions.rulesets.TableDrl;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.TableTemplates;
import uk.caredecisions.rulesets.TableTemplates.RuleHeader;
import uk.caredecisions.rulesets.WorkbookChecks;
import uk.caredecisions.rulesets.WorkbookProblem;
import uk.caredecisions.rulesets.WorkbookReader;

/**
 * Loads a rule set: reads each workbook once into the checked table model, writes each rule table's
 * DRL from that model and the approved template ({@link TableDrl}; the uploaded file itself is never
 * compiled), builds one knowledge base from that and the law's DRL, and maps any compile error back
 * to the workbook cell it came from.
 */
public final class RuleSetBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetBuilder.class);
    private static final String DRL_INDEX = "uk/caredecisions/drl.index";
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final WorkbookReader reader = new WorkbookReader();
    private final WorkbookChecks checks = new WorkbookChecks();
    private final TableTemplates templates = TableTemplates.bundled();
    private final TableDrl generator = new TableDrl(templates);
    private final boolean readOnce;
    private final CompiledRuleSets compiled;

    public RuleSetBuilder() {
        this(true);
    }

    /** A builder that loads a rule set compiled before from this folder, when it is there and right. */
    public RuleSetBuilder(CompiledRuleSets compiled) {
        this(true, compiled);
    }

    /**
     * @param readOnce whether the rows that give the same answer whatever the case are read once per
     *     rule set ({@link RuleSetData}); false compiles and fires every row in every decision, as
     *     before, which tests compare against
     */
    public RuleSetBuilder(boolean readOnce) {
        this(readOnce, CompiledRuleSets.none());
    }

    private RuleSetBuilder(boolean readOnce, CompiledRuleSets compiled) {
        this.readOnce = readOnce;
        this.compiled = compiled;
    }

    /** The law's DRL files as shipped with the code: resource path to text. */
    public static Map<String, String> lawDrl() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : readResource(DRL_INDEX).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            files.put(path, readResource(path));
        }
        return files;
    }

    /** Reads and checks the workbooks only: the validation a practice lead runs before publishing. */
    public List<PolicyWorkbook> read(RuleSetSource source) {
        List<PolicyWorkbook> workbooks = new ArrayList<>();
        source.workbooks().forEach((name, bytes) -> {
            PolicyWorkbook read = reader.read(name, bytes);
            List<WorkbookProblem> problems = new ArrayList<>(read.problems());
            if (!read.hasErrors()) {
                problems.addAll(checks.check(read));
            }
            workbooks.add(new PolicyWorkbook(name, bytes, read.tables(), List.copyOf(problems), read.accepted()));
        });
        return workbooks;
    }

    /** The DRL written for each rule sheet (by path), the table row behind each rule, and any row that could not be written. */
    public record GeneratedRules(Map<String, String> drl, Map<String, TableRowRef> rowsByRule, List<DecisionTable> tables,
            List<WorkbookProblem> problems) {}

    /**
     * Writes the rules of every rule table from the checked model and the approved templates: the
     * only table source the compiler is given. The uploaded file is not read again here.
     */
    public GeneratedRules generate(List<PolicyWorkbook> workbooks) {
        Map<String, String> generated = new LinkedHashMap<>();
        Map<String, TableRowRef> rowsByRule = new LinkedHashMap<>();
        List<DecisionTable> tables = new ArrayList<>();
        List<WorkbookProblem> problems = new ArrayList<>();
        for (PolicyWorkbook workbook : workbooks) {
            Map<String, StringBuilder> sheets = new LinkedHashMap<>();
            for (DecisionTable table : workbook.tables()) {
                tables.add(table);
                if (table.isData()) {
                    continue;
                }
                RuleHeader header = templates.header(table.name()).orElse(null);
                if (header == null || header.isData()) {
                    problems.add(WorkbookProblem.error("template", table.ruleTableCell(), "There is no approved rule template for a table named '"
                            + table.name() + "'."));
                    continue;
                }
                for (TableRow row : table.rows()) {
                    rowsByRule.put(row.id(), new TableRowRef(table, row));
                }
                String path = "src/main/resources/" + header.rulePackage().replace('.', '/') + "/" + stem(workbook.name()) + "-"
                        + table.sheet().replaceAll("[^A-Za-z0-9]", "_") + ".drl";
                TableDrl.Rules rules = generator.rules(table);
                problems.addAll(rules.problems());
                sheets.computeIfAbsent(path, p -> new StringBuilder(TableDrl.header(header))).append(rules.drl());
            }
            sheets.forEach((path, text) -> generated.put(path, text.toString()));
        }
        return new GeneratedRules(generated, rowsByRule, tables, List.copyOf(problems));
    }

    public RuleSet build(RuleSetSource source) {
        long started = System.nanoTime();
        List<PolicyWorkbook> workbooks = read(source);
        List<WorkbookProblem> problems = new ArrayList<>();
        workbooks.forEach(w -> problems.addAll(w.problems().stream().filter(p -> p.severity() == WorkbookProblem.Severity.ERROR).toList()));
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set " + source.version() + " has workbook errors", problems);
        }

        Map<String, String> drl = lawDrl();
        GeneratedRules rules = generate(workbooks);
        Map<String, String> generated = rules.drl();
        Map<String, TableRowRef> rowsByRule = rules.rowsByRule();
        List<DecisionTable> tables = rules.tables();
        problems.addAll(rules.problems());
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set " + source.version() + " does not compile", problems);
        }

        Map<String, String> files = files(drl, generated);
        String key = compiled.enabled() ? compiled.key(files) : null;
        Optional<Map<String, KieBase>> kept = compiled.enabled() ? compiled.load(key, files) : Optional.empty();
        Map<String, KieBase> kieBases = kept.isPresent() ? kept.get() : compile(source, files, generated, rowsByRule);
        if (kept.isEmpty() && compiled.enabled()) {
            compiled.writeLater(() -> files);
        }

        List<String> lawRules = new ArrayList<>();
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (!rowsByRule.containsKey(rule.getName())) {
                        lawRules.add(rule.getName());
                    }
                }
            }
        }
        lawRules.sort(null);
        RuleSetData data = readOnce ? RuleSetData.read(kieBases, tables, templates) : RuleSetData.NONE;
        RuleSet ruleSet = new RuleSet(source.version(), source.effectiveFrom(), sha256(drl, source.workbooks()), kieBases,
                List.copyOf(drl.keySet()), List.copyOf(lawRules), List.copyOf(tables), Map.copyOf(rowsByRule), source, data, kept.isPresent());
        LOG.info("Built rule set {} ({} law rules, {} table rows, {} of them read once) in {} ms{}", source.version(), lawRules.size(),
                rowsByRule.size(), data.rows().size(), (System.nanoTime() - started) / 1_000_000, kept.isPresent() ? ", compiled before" : "");
        return ruleSet;
    }

    /** Keeps a rule set built elsewhere (by a publishing gate) compiled for the next start, in the background. */
    public void keepCompiled(RuleSet ruleSet) {
        if (compiled.enabled() && !ruleSet.compiledBefore()) {
            compiled.writeLater(() -> files(ruleSet.source()));
        }
    }

    /** Every DRL file a rule set compiles, by the path Drools is given: the law's and the rows' written from the checked workbooks. */
    public Map<String, String> files(RuleSetSource source) {
        GeneratedRules rules = generate(read(source));
        return files(lawDrl(), rules.drl());
    }

    private static Map<String, String> files(Map<String, String> law, Map<String, String> generated) {
        // Each DRL goes in the folder of its package, as Drools expects.
        Map<String, String> files = new LinkedHashMap<>();
        law.forEach((path, text) -> files.put("src/main/resources/" + packageOf(text).replace('.', '/') + "/" + path.substring(path.lastIndexOf('/') + 1), text));
        files.putAll(generated);
        return files;
    }

    /** Compiles the DRL files into a knowledge base per area, each error mapped back to the workbook cell it came from. */
    private static Map<String, KieBase> compile(RuleSetSource source, Map<String, String> files, Map<String, String> generated,
            Map<String, TableRowRef> rowsByRule) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kieFiles = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("uk.caredecisions.rulesets", "ruleset",
                "0.0." + BUILDS.incrementAndGet());
        kieFiles.generateAndWritePomXML(releaseId);
        Set<String> areas = KnowledgeAreas.of(files);
        kieFiles.writeKModuleXML(KnowledgeAreas.kmodule(areas));
        files.forEach(kieFiles::write);
        KieBuilder builder = services.newKieBuilder(kieFiles);
        try {
            builder.buildAll();
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set " + source.version() + " does not compile",
                    List.of(WorkbookProblem.error("compiles", "rule set", firstLine(e.getMessage()))));
        }
        List<WorkbookProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(locate(message, generated, rowsByRule));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetException("Rule set " + source.version() + " does not compile", problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        Map<String, KieBase> kieBases = KnowledgeAreas.open(container, areas);
        services.getRepository().removeKieModule(releaseId);
        return kieBases;
    }

    /** Maps a compile error in generated DRL back to the table row (and so the cell) that produced it. */
    private static WorkbookProblem locate(Message message, Map<String, String> generated, Map<String, TableRowRef> rowsByRule) {
        String text = firstLine(message.getText());
        String path = message.getPath() == null ? "" : message.getPath();
        String drl = generated.get(path.startsWith("src/") ? path : "src/main/resources/" + path);
        if (drl == null) {
            drl = generated.entrySet().stream().filter(e -> e.getKey().endsWith(path)).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (drl != null && message.getLine() > 0) {
            List<String> lines = drl.lines().toList();
            for (int i = Math.min(message.getLine(), lines.size()) - 1; i >= 0; i--) {
                Matcher m = RULE_HEADER.matcher(lines.get(i));
                if (m.find() && rowsByRule.containsKey(m.group(1))) {
                    return rowProblem(rowsByRule.get(m.group(1)), text);
                }
            }
        }
        return WorkbookProblem.error("compiles", path.isEmpty() ? "rule set" : path, text);
    }

    /** Points at the cell of the row whose value Drools names in the error, else at the row's id. */
    private static WorkbookProblem rowProblem(TableRowRef ref, String text) {
        DecisionTable table = ref.table();
        TableRow row = ref.row();
        for (int c = 0; c < table.columns().size(); c++) {
            String value = row.value(c);
            if (!table.columns().get(c).keyword().equals("NAME") && value.length() > 1
                    && Pattern.compile("(^|\\W)" + Pattern.quote(value) + "(\\W|$)").matcher(text).find()) {
                return WorkbookProblem.error("compiles", row.cells().get(c), "Row " + row.id() + " does not compile because of '"
                        + table.columns().get(c).label() + "' = '" + value + "', not a value this column can take. Drools says: " + text);
            }
        }
        return WorkbookProblem.error("compiles", ref.source(), "Row " + row.id() + " does not compile: " + text);
    }

    static String sha256(Map<String, String> drl, Map<String, byte[]> workbooks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(drl).forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            });
            new TreeMap<>(workbooks).forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String packageOf(String drl) {
        return drl.lines().map(String::trim).filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8).replace(";", "").trim()).orElse("rules");
    }

    private static String stem(String workbook) {
        return workbook.replace(".drl.xlsx", "").replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String line = text.strip().lines().findFirst().orElse(text);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String readResource(String path) {
        try (InputStream in = RuleSetBuilder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
