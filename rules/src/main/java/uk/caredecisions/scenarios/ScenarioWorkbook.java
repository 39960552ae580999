package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.rulesets.WorkbookLimits;

/**
 * A trainer's scenario workbook ({@code *.scenarios.xlsx}), one case per row. Two layouts, read alike:
 *
 * <ul>
 *   <li>A sheet named after a decision type ({@code adult-eligibility}, ...): a header row of column
 *       names (the first row within the first five that has a {@code name} cell; rows above it are
 *       labels for people), whose columns are the scenario's ({@link #SCENARIO_COLUMNS}) and the
 *       request's fields by path ({@link RequestColumn}), typed, so a trainer types facts, not JSON.</li>
 *   <li>Any other sheet whose first row has a {@code decision} column (the first layout): each row
 *       names its decision; field columns are read against that row's decision type.</li>
 * </ul>
 *
 * <p>Other sheets (notes, the drop-downs' lists) are not read. A {@code request} JSON cell may give
 * any part of the request too; a field given both there and in its own column with different values
 * is refused, not settled silently. Smart quotes in JSON cells are read as plain ones. A blank cell
 * is left out of the request, as a case system would leave it out. An unknown column, a cell that
 * cannot be read or a conflict is a {@link Problem} naming the workbook, sheet and cell.
 */
public final class ScenarioWorkbook {

    /** The scenario's own columns; every other header is a request path. */
    public static final List<String> SCENARIO_COLUMNS = List.of("name", "decision", "tags", "narrative", "citations", "asOf", "request",
            "outcome", "reasons", "notReasons", "warnings", "missing", "fields");

    /** The columns a scenario sheet may need: one per request field and outcome limb (adult eligibility has 70), with room to spare. */
    static final int COLUMNS = 150;

    /** The default policy workbook limits, as scenario workbooks take them ({@link #limits}). */
    public static final WorkbookLimits LIMITS = limits(WorkbookLimits.DEFAULT);

    /**
     * A policy workbook's limits as a scenario workbook takes them: the same size, sheets and rows, but at least
     * {@value #COLUMNS} columns a sheet and twice the cells, since a case is one wide row.
     */
    public static WorkbookLimits limits(WorkbookLimits policy) {
        return new WorkbookLimits(policy.maxBytes(), policy.maxSheets(), policy.maxRows(), Math.max(policy.maxColumns(), COLUMNS), policy.maxCells() * 2);
    }

    /** A header row is looked for within this many rows of the top. */
    private static final int HEADER_SEARCH = 5;

    private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);
    private static final Set<String> LISTS = Set.of("tags", "citations", "reasons", "notReasons", "warnings", "missing");

    /** A cell or sheet a trainer must put right: {@code where} is {@code workbook!sheet!cell}. */
    public static final class Problem extends IllegalArgumentException {
        private final String where;

        Problem(String where, String message) {
            super(where + ": " + message);
            this.where = where;
        }

        public String where() {
            return where;
        }
    }

    private ScenarioWorkbook() {}

    /** Every case in the workbook, under the default {@link #LIMITS}. */
    public static List<Scenario> read(String id, byte[] content) {
        return read(id, content, LIMITS);
    }

    /** Every case in the workbook; the limits are checked, streaming, before POI builds anything. */
    public static List<Scenario> read(String id, byte[] content, WorkbookLimits limits) {
        limits.check(id, content);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new Problem(id, "not a workbook that can be read (save it from Excel as .xlsx)");
        }
        try (workbook) {
            List<Scenario> out = new ArrayList<>();
            for (Sheet sheet : workbook) {
                out.addAll(new SheetReader(id, sheet).read());
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each request type's columns by path, walked once. */
    private static final Map<Class<?>, Map<String, RequestColumn>> COLUMNS_BY_TYPE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The request column of a decision type by its header, if it is one. */
    static Optional<RequestColumn> column(Class<?> requestType, String header) {
        return Optional.ofNullable(COLUMNS_BY_TYPE.computeIfAbsent(requestType, type -> {
            Map<String, RequestColumn> byPath = new LinkedHashMap<>();
            RequestColumn.of(type).forEach(c -> byPath.put(c.path(), c));
            return Map.copyOf(byPath);
        }).get(header));
    }

    private static final class SheetReader {
        private final String id;
        private final Sheet sheet;
        private final DecisionType<?> sheetType;
        private Row header;

        SheetReader(String id, Sheet sheet) {
            this.id = id;
            this.sheet = sheet;
            this.sheetType = DecisionTypes.all().byPath(sheet.getSheetName()).orElse(null);
        }

        List<Scenario> read() {
            header = headerRow();
            if (header == null) {
                return List.of();
            }
            Map<Integer, String> columns = columns();
            List<Scenario> out = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !blank(row, columns)) {
                    out.add(scenario(row, columns));
                }
            }
            return out;
        }

        private Row headerRow() {
            if (sheetType == null) {
                Row first = sheet.getRow(sheet.getFirstRowNum());
                return first != null && has(first, "decision") ? first : null;
            }
            for (int r = 0; r < HEADER_SEARCH; r++) {
                Row row = sheet.getRow(r);
                if (row != null && has(row, "name")) {
                    return row;
                }
            }
            if (sheet.getPhysicalNumberOfRows() == 0) {
                return null;
            }
            throw new Problem(id + "!" + sheet.getSheetName(), "no header row: put the column names (name, outcome, and request fields) in a row of their own");
        }

        private Map<Integer, String> columns() {
            Map<Integer, String> columns = new LinkedHashMap<>();
            for (Cell cell : header) {
                String name = FORMAT.formatCellValue(cell).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!SCENARIO_COLUMNS.contains(name) && !fieldOfAnyType(name)) {
                    String near = nearest(name);
                    throw new Problem(where(cell), "'" + name + "' is not a column of a scenario workbook: " + (near != null ? "did you mean " + near + "?"
                            : "a scenario column (" + String.join(", ", SCENARIO_COLUMNS) + ") or a field of the "
                            + (sheetType == null ? "" : sheet.getSheetName() + " ") + "request, by its path"));
                }
                if (columns.containsValue(name)) {
                    throw new Problem(where(cell), "the column '" + name + "' is given twice");
                }
                columns.put(cell.getColumnIndex(), name);
            }
            return columns;
        }

        /** A column whose name begins with, or is the beginning of, the unknown one, ignoring case; null when none. */
        private String nearest(String name) {
            List<String> known = new ArrayList<>(SCENARIO_COLUMNS);
            for (String path : sheetType == null ? DecisionTypes.all().paths() : List.of(sheetType.path())) {
                RequestColumn.of(DecisionTypes.all().byPath(path).orElseThrow().requestType()).forEach(c -> known.add(c.path()));
            }
            String lower = name.toLowerCase(Locale.ROOT);
            return known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(lower) || lower.startsWith(k.toLowerCase(Locale.ROOT) + ".")
                    || k.equalsIgnoreCase(name)).findFirst().orElse(null);
        }

        private boolean fieldOfAnyType(String name) {
            if (sheetType != null) {
                return column(sheetType.requestType(), name).isPresent();
            }
            return DecisionTypes.all().paths().stream()
                    .anyMatch(p -> column(DecisionTypes.all().byPath(p).orElseThrow().requestType(), name).isPresent());
        }

        private Scenario scenario(Row row, Map<Integer, String> columns) {
            String decision = sheetType == null ? "" : sheet.getSheetName();
            Integer decisionColumn = index(columns, "decision");
            if (decisionColumn != null) {
                String given = text(row.getCell(decisionColumn));
                if (!given.isEmpty() && !decision.isEmpty() && !given.equals(decision)) {
                    throw new Problem(where(row, decisionColumn), "this sheet is for " + decision + " cases, not " + given);
                }
                if (decision.isEmpty()) {
                    decision = given;
                }
            }
            DecisionType<?> type = DecisionTypes.all().byPath(decision).orElse(null);
            if (type == null) {
                throw new Problem(decisionColumn == null ? where(row, 0) : where(row, decisionColumn), decision.isEmpty()
                        ? "the decision is blank: one of " + String.join(", ", DecisionTypes.all().paths())
                        : "'" + decision + "' is not a decision: one of " + String.join(", ", DecisionTypes.all().paths()));
            }
            ObjectNode node = ScenarioLibrary.YAML.createObjectNode();
            node.put("decision", decision);
            ObjectNode request = node.putObject("request");
            ObjectNode expect = node.putObject("expect");
            Integer requestColumn = index(columns, "request");
            if (requestColumn != null && !text(row.getCell(requestColumn)).isEmpty()) {
                JsonNode json = json(row, requestColumn);
                if (!json.isObject()) {
                    throw new Problem(where(row, requestColumn), "the request must be a JSON object, like {\"needsFluctuate\": \"NO\"}");
                }
                request.setAll((ObjectNode) json);
            }
            for (var column : columns.entrySet()) {
                String name = column.getValue();
                Cell cell = row.getCell(column.getKey());
                String text = text(cell);
                if (text.isEmpty() || name.equals("decision") || name.equals("request")) {
                    continue;
                }
                if (LISTS.contains(name)) {
                    ArrayNode list = (name.equals("tags") || name.equals("citations") ? node : expect).putArray(name);
                    for (String part : text.split(",")) {
                        if (!part.isBlank()) {
                            list.add(part.strip());
                        }
                    }
                } else if (name.equals("fields")) {
                    expect.set("fields", json(row, column.getKey()));
                } else if (name.equals("outcome")) {
                    expect.put("outcome", text);
                } else if (SCENARIO_COLUMNS.contains(name)) {
                    node.put(name, text);
                } else {
                    RequestColumn field = column(type.requestType(), name).orElseThrow(() -> new Problem(where(cell),
                            "'" + name + "' is not a field of the " + type.path() + " request; leave it blank on this row"));
                    JsonNode value;
                    try {
                        value = field.read(text);
                    } catch (IllegalArgumentException e) {
                        throw new Problem(where(cell), name + ": " + e.getMessage());
                    }
                    put(request, name, value, where(cell));
                }
            }
            String where = id + "!" + sheet.getSheetName() + "!" + (row.getRowNum() + 1);
            if (node.path("asOf").isTextual()) {
                try {
                    node.put("asOf", java.time.LocalDate.parse(node.get("asOf").asText()).toString());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new Problem(where(row, index(columns, "asOf")), "asOf: '" + node.get("asOf").asText() + "' is not a date: a date cell, or year-month-day");
                }
            }
            return ScenarioLibrary.scenario(where, node, node);
        }

        /** Sets a field column's value at its path, refusing one the request JSON already gives differently. */
        private static void put(ObjectNode request, String path, JsonNode value, String where) {
            String[] parts = path.split("\\.");
            ObjectNode at = request;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode next = at.get(parts[i]);
                if (next == null || next.isNull()) {
                    next = at.putObject(parts[i]);
                } else if (!next.isObject()) {
                    throw new Problem(where, path + " is given in this column and, differently, in the request JSON; give it in one place");
                }
                at = (ObjectNode) next;
            }
            String last = parts[parts.length - 1];
            JsonNode already = at.get(last);
            if (already != null && !already.equals(value)) {
                throw new Problem(where, path + " is " + value + " in this column but " + already + " in the request JSON; give it in one place");
            }
            at.set(last, value);
        }

        private JsonNode json(Row row, int column) {
            String text = text(row.getCell(column)).replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
            try {
                JsonNode node = ScenarioLibrary.YAML.readTree(text);
                if (node == null) {
                    throw new IOException("empty");
                }
                return node;
            } catch (IOException e) {
                throw new Problem(where(row, column), header(column) + ": not valid JSON (a smart quote is read as a plain one; check the brackets and commas)");
            }
        }

        private String header(int column) {
            return FORMAT.formatCellValue(header.getCell(column)).strip();
        }

        private static Integer index(Map<Integer, String> columns, String name) {
            return columns.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        private static boolean blank(Row row, Map<Integer, String> columns) {
            return columns.keySet().stream().allMatch(c -> text(row.getCell(c)).isEmpty());
        }

        private static boolean has(Row row, String name) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).strip().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** A cell as typed: a date cell as year-month-day (or a UTC time where it has one), anything else as Excel shows it. */
        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                var time = cell.getLocalDateTimeCellValue();
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                        : time.toInstant(ZoneOffset.UTC).toString();
            }
            return FORMAT.formatCellValue(cell).strip();
        }

        private String where(Cell cell) {
            return id + "!" + sheet.getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
        }

        private String where(Row row, int column) {
            return id + "!" + sheet.getSheetName() + "!" + new CellReference(row.getRowNum(), column).formatAsString(false);
        }
    }
}
