package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A trainer's scenario workbook ({@code *.scenarios.xlsx}): the first sheet, a header row, then one
 * case per row. Columns: name, decision, tags (comma-separated), narrative, asOf, request (JSON),
 * outcome, reasons, notReasons, warnings, missing (comma-separated), fields (JSON).
 */
final class ScenarioWorkbook {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);

    List<Scenario> read(String id, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(c -> columns.put(FORMAT.formatCellValue(c).trim(), c.getColumnIndex()));
            List<Scenario> out = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || cell(row, columns, "request").isEmpty()) {
                    continue;
                }
                ObjectNode node = ScenarioLibrary.YAML.createObjectNode();
                node.put("name", cell(row, columns, "name"));
                node.put("decision", cell(row, columns, "decision"));
                node.put("narrative", cell(row, columns, "narrative"));
                node.set("tags", list(cell(row, columns, "tags")));
                if (!cell(row, columns, "asOf").isEmpty()) {
                    node.put("asOf", cell(row, columns, "asOf"));
                }
                node.set("request", json(cell(row, columns, "request"), id, r));
                ObjectNode expect = node.putObject("expect");
                expect.put("outcome", cell(row, columns, "outcome"));
                for (String list : List.of("reasons", "notReasons", "warnings", "missing")) {
                    expect.set(list, list(cell(row, columns, list)));
                }
                if (!cell(row, columns, "fields").isEmpty()) {
                    expect.set("fields", json(cell(row, columns, "fields"), id, r));
                }
                out.add(ScenarioLibrary.scenario(id + "!" + sheet.getSheetName() + "!" + (r + 1), node, node));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Row row, Map<String, Integer> columns, String name) {
        Integer c = columns.get(name);
        return c == null || row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c)).trim();
    }

    private static ArrayNode list(String text) {
        ArrayNode array = ScenarioLibrary.YAML.createArrayNode();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                array.add(part.trim());
            }
        }
        return array;
    }

    private static JsonNode json(String text, String id, int row) {
        try {
            return ScenarioLibrary.YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(id + " row " + (row + 1) + ": not valid JSON");
        }
    }
}
