package uk.caredecisions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.triage.TriageVocabulary;
import uk.caredecisions.waitinglist.WaitingList;
import uk.caredecisions.waitinglist.WaitingListLoad;

/**
 * The cost curve (issue 15), not a JMH benchmark because each point needs its own rule set or its
 * own list: how building and deciding grow as a council's tables grow, and how a waiting-list
 * review grows with the list.
 * <ul>
 *   <li>{@code rules F1 F2 ...}: the bundled set, then the triage Priorities table with F times its
 *   rows (the new rows name presenting risks no case has, so every answer stays the same and only
 *   the size grows); for each, the whole set's build time (median of 3 after one warm-up build) and adult eligibility and
 *   triage decisions/s on one thread (JSON in, JSON out, 3 s after 2 s of warm-up).</li>
 *   <li>{@code waiting N1 N2 ...}: a seeded list of N cases prioritised in process (median of 3 after
 *   one warm-up), with the heap's peak use.</li>
 * </ul>
 * Each prints CSV lines ({@code benchmarks/cost-curve.sh} plots them).
 */
public final class CostCurve {

    private static final String PRIORITIES = "triage-priorities.drl.xlsx";

    private CostCurve() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "rules" -> rules(rest.stream().map(Integer::parseInt).toList());
            case "waiting" -> waiting(rest.stream().map(Integer::parseInt).toList());
            default -> throw new IllegalArgumentException("rules F... | waiting N...");
        }
    }

    private static void rules(List<Integer> factors) throws IOException {
        RuleSetSource bundled = RuleSetSource.fromDirectory(Repo.tables());
        // A first round on the bundled set, thrown away: otherwise the first point pays for the JIT.
        RuleSet warm = new RuleSetBuilder().build(bundled);
        rate(warm, "adult-eligibility");
        rate(warm, "triage");
        System.out.println("factor,priority_rows,table_rows,build_ms,adult_per_s,triage_per_s");
        for (int factor : factors) {
            byte[] grown = grow(bundled.workbooks().get(PRIORITIES), "Priorities", factor);
            RuleSetSource source = bundled.withWorkbook(PRIORITIES, grown);
            List<Long> builds = new ArrayList<>();
            RuleSet ruleSet = null;
            for (int i = 0; i < 4; i++) {
                long started = System.nanoTime();
                ruleSet = new RuleSetBuilder().build(source);
                if (i > 0) {
                    builds.add((System.nanoTime() - started) / 1_000_000);
                }
            }
            int rows = ruleSet.tables().stream().mapToInt(t -> t.rows().size()).sum();
            int priorityRows = ruleSet.tables().stream().filter(t -> t.name().equals("TriagePriorities")).mapToInt(t -> t.rows().size()).sum();
            System.out.printf("%d,%d,%d,%d,%.0f,%.0f%n", factor, priorityRows, rows, median(builds), rate(ruleSet, "adult-eligibility"),
                    rate(ruleSet, "triage"));
        }
    }

    /** The sheet's data rows again and again, each with a new row id and a presenting-risk code of its own. */
    static byte[] grow(byte[] workbook, String sheetName, int factor) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.getSheet(sheetName);
            int first = uk.caredecisions.rulesets.WorkbookWriter.LABEL_ROW + 1;
            int last = sheet.getLastRowNum();
            int next = last + 1;
            int generated = 0;
            for (int copy = 1; copy < factor; copy++) {
                for (int r = first; r <= last; r++) {
                    Row from = sheet.getRow(r);
                    Row to = sheet.createRow(next++);
                    generated++;
                    for (Cell cell : from) {
                        Cell made = to.createCell(cell.getColumnIndex());
                        made.setCellStyle(cell.getCellStyle());
                        switch (cell.getColumnIndex()) {
                            case 0 -> made.setCellValue(String.format("PRIORITY-G%05d", generated));
                            case 2 -> made.setCellValue(String.format("GENERATED_RISK_%05d", generated));
                            default -> {
                                switch (cell.getCellType()) {
                                    case NUMERIC -> made.setCellValue(cell.getNumericCellValue());
                                    case BOOLEAN -> made.setCellValue(cell.getBooleanCellValue());
                                    default -> made.setCellValue(cell.getStringCellValue());
                                }
                            }
                        }
                    }
                    if (to.getCell(2) == null) {
                        to.createCell(2).setCellValue(String.format("GENERATED_RISK_%05d", generated));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static double rate(RuleSet ruleSet, String decision) throws IOException {
        DecisionType<?> type = DecisionTypes.all().byPath(decision).orElseThrow();
        JsonNode[] bodies = Bodies.forDecision(decision).toArray(JsonNode[]::new);
        long count = 0;
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        long started = 0;
        for (int i = 0; ; i++) {
            long now = System.nanoTime();
            if (started == 0 && now >= warmUntil) {
                started = now;
                count = 0;
            }
            if (started != 0 && now - started >= 3_000_000_000L) {
                return count * 1e9 / (now - started);
            }
            JsonNode body = bodies[i % bodies.length];
            RequestReader.MAPPER.writeValueAsBytes(DecisionTypes.decide(type, body,
                    asOf -> DecisionContext.of(ruleSet, asOf == null ? EligibilityBenchmark.AS_OF : asOf)));
            count++;
        }
    }

    private static void waiting(List<Integer> sizes) throws IOException {
        RuleSet ruleSet = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
        WaitingList list = new WaitingList(new DecisionEngine());
        System.out.println("cases,median_ms,best_ms,peak_heap_mb,max_heap_mb,body_mb");
        for (int size : sizes) {
            try {
                waitingPoint(ruleSet, list, size);
            } catch (OutOfMemoryError e) {
                // The measure itself: the list did not fit in this heap.
                System.out.printf("%d,,,,%d,%n", size, Runtime.getRuntime().maxMemory() / (1024 * 1024));
                return;
            }
        }
    }

    private static void waitingPoint(RuleSet ruleSet, WaitingList list, int size) throws IOException {
        ObjectNode body = WaitingListLoad.list(size, TriageVocabulary.of(ruleSet).risks(), new Random(20261123));
        byte[] bytes = RequestReader.MAPPER.writeValueAsBytes(body);
        body = null;
        List<Long> times = new ArrayList<>();
        long peak = 0;
        for (int run = 0; run < 4; run++) {
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            byte[] answer = RequestReader.MAPPER.writeValueAsBytes(list.prioritise(bytes, asOf -> DecisionContext.of(ruleSet, asOf)));
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (answer.length == 0) {
                throw new IllegalStateException("no answer");
            }
            if (run > 0) {
                times.add(ms);
            }
            peak = Math.max(peak, peakHeap());
        }
        System.out.printf("%d,%d,%d,%d,%d,%.1f%n", size, median(times), times.stream().min(Long::compare).orElseThrow(), peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), bytes.length / 1048576.0);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
