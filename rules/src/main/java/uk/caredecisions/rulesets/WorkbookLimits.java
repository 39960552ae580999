package uk.caredecisions.rulesets;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import uk.caredecisions.engine.RuleSetSource;

/**
 * The most a policy workbook may hold: its size, sheets, rows and columns a sheet, and cells in
 * all. Counted by streaming the workbook's zip and its sheet XML (StAX) before anything is built,
 * stopping at the first limit passed, so a million-row sheet costs as much as its first few
 * thousand rows. Every way a workbook comes in (service upload, staging, watcher, CLI) checks it
 * here first; a workbook that is not a readable xlsx passes through to the reader, which refuses it.
 *
 * @param maxBytes the workbook file's size
 * @param maxSheets sheets in one workbook
 * @param maxRows rows on one sheet (the highest row number or the number of rows, whichever is larger)
 * @param maxColumns columns on one sheet (the highest column used)
 * @param maxCells cells in the whole workbook
 */
public record WorkbookLimits(long maxBytes, int maxSheets, int maxRows, int maxColumns, long maxCells) {

    /** Ten times what the largest first-edition workbook holds, and far below what hurts a small server. */
    public static final WorkbookLimits DEFAULT = new WorkbookLimits(2L * 1024 * 1024, 30, 2_000, 40, 50_000);

    /** The XML inside may unpack to this many times the file's size limit, and no more (a zip bomb stops here). */
    static final long UNPACK_RATIO = 50;

    /** Which limit a workbook passed. */
    public enum Limit {
        BYTES("bytes"), UNPACKED_BYTES("unpacked bytes"), SHEETS("sheets"), ROWS("rows a sheet"), COLUMNS("columns a sheet"), CELLS("cells");

        private final String words;

        Limit(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A workbook over a limit; the message names the workbook, the sheet where there is one, and the limit. */
    public static final class Exceeded extends RuntimeException {
        private final String workbook;
        private final String sheet;
        private final Limit limit;
        private final long allowed;

        Exceeded(String workbook, String sheet, Limit limit, long allowed, String found) {
            super((sheet == null ? workbook : workbook + "!" + sheet) + " " + found + "; at most " + allowed + " " + limit.words() + " are accepted.");
            this.workbook = workbook;
            this.sheet = sheet;
            this.limit = limit;
            this.allowed = allowed;
        }

        public String workbook() {
            return workbook;
        }

        /** The sheet that passed the limit, or null for a limit of the whole workbook. */
        public String sheet() {
            return sheet;
        }

        public Limit limit() {
            return limit;
        }

        public long allowed() {
            return allowed;
        }
    }

    public WorkbookLimits {
        if (maxBytes <= 0 || maxSheets <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("Workbook limits must be positive.");
        }
    }

    /** Checks every workbook of a rule set. */
    public void check(RuleSetSource source) {
        source.workbooks().forEach(this::check);
    }

    /** Checks one workbook; throws {@link Exceeded} at the first limit passed. */
    public void check(String name, byte[] content) {
        if (content.length > maxBytes) {
            throw new Exceeded(name, null, Limit.BYTES, maxBytes, "is " + content.length + " bytes");
        }
        Unpacked budget = new Unpacked(name, maxBytes * UNPACK_RATIO);
        Map<String, String> sheetNames;
        try {
            sheetNames = sheetNames(name, content, budget);
            countSheets(name, content, sheetNames, budget);
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            if (e.getCause() instanceof Exceeded exceeded) {
                throw exceeded;
            }
            // Not a readable xlsx: the workbook reader refuses it with its own words.
        }
    }

    /** Sheet part (xl/worksheets/sheet1.xml) to sheet name, read from the workbook part and its relationships. */
    private Map<String, String> sheetNames(String name, byte[] content, Unpacked budget) throws IOException, XMLStreamException {
        Map<String, String> idToName = new LinkedHashMap<>();
        Map<String, String> idToPart = new HashMap<>();
        try (ZipArchiveInputStream zip = zip(content)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    XMLStreamReader xml = xml(budget.counting(zip));
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                            if (idToName.size() >= maxSheets) {
                                throw new Exceeded(name, null, Limit.SHEETS, maxSheets, "has more than " + maxSheets + " sheets");
                            }
                            String id = attribute(xml, "id");
                            idToName.put(id == null ? "#" + idToName.size() : id, String.valueOf(attribute(xml, "name")));
                        }
                    }
                } else if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    XMLStreamReader xml = xml(budget.counting(zip));
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                            String target = String.valueOf(attribute(xml, "Target"));
                            idToPart.put(String.valueOf(attribute(xml, "Id")), target.startsWith("/") ? target.substring(1) : "xl/" + target);
                        }
                    }
                }
            }
        }
        Map<String, String> partToName = new HashMap<>();
        idToName.forEach((id, sheet) -> {
            String part = idToPart.get(id);
            if (part != null) {
                partToName.put(part, sheet);
            }
        });
        return partToName;
    }

    private void countSheets(String name, byte[] content, Map<String, String> sheetNames, Unpacked budget) throws IOException, XMLStreamException {
        long cells = 0;
        int sheets = 0;
        try (ZipArchiveInputStream zip = zip(content)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = entry.getName();
                InputStream in = budget.counting(zip);
                if (!part.startsWith("xl/worksheets/") || !part.endsWith(".xml") || part.contains("/_rels/")) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // counted against the unpacked budget, never kept
                    continue;
                }
                if (++sheets > maxSheets) {
                    throw new Exceeded(name, null, Limit.SHEETS, maxSheets, "has more than " + maxSheets + " sheets");
                }
                cells = countSheet(name, sheetNames.getOrDefault(part, part), xml(in), cells);
            }
        }
    }

    private long countSheet(String name, String sheet, XMLStreamReader xml, long cellsSoFar) throws XMLStreamException {
        long cells = cellsSoFar;
        long rows = 0;
        long lastRow = 0;
        long column = 0;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (element.equals("row")) {
                rows++;
                lastRow = Math.max(rows, number(attribute(xml, "r"), lastRow + 1));
                column = 0;
                if (lastRow > maxRows) {
                    throw new Exceeded(name, sheet, Limit.ROWS, maxRows, "has more than " + maxRows + " rows (row " + lastRow + ")");
                }
            } else if (element.equals("c")) {
                column = Math.max(column + 1, columnOf(attribute(xml, "r")));
                if (column > maxColumns) {
                    throw new Exceeded(name, sheet, Limit.COLUMNS, maxColumns, "uses column " + column + " in row " + Math.max(lastRow, 1));
                }
                if (++cells > maxCells) {
                    throw new Exceeded(name, sheet, Limit.CELLS, maxCells, "has more than " + maxCells + " cells");
                }
            }
        }
        return cells;
    }

    /** Read entry by entry from the local headers, as POI reads a workbook from a stream. */
    private static ZipArchiveInputStream zip(byte[] content) {
        return new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true);
    }

    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static long number(String text, long otherwise) {
        if (text == null || text.isEmpty() || text.length() > 12 || !text.chars().allMatch(Character::isDigit)) {
            return otherwise;
        }
        return Long.parseLong(text);
    }

    /** The column number (A = 1) of a cell reference like AB12; 0 when absent. Longer than Excel's XFD counts as beyond any limit. */
    private static long columnOf(String ref) {
        if (ref == null) {
            return 0;
        }
        long column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            if (i >= 4) {
                return Long.MAX_VALUE / 2;
            }
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column;
    }

    /** Counts the bytes the zip unpacks to, across every entry, and stops past the budget. */
    private static final class Unpacked {
        private final String workbook;
        private final long budget;
        private long read;

        Unpacked(String workbook, long budget) {
            this.workbook = workbook;
            this.budget = budget;
        }

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = super.read(buffer, off, len);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // The zip stream stays open for the next entry.
                }
            };
        }

        private void add(long n) {
            read += n;
            if (read > budget) {
                throw new Exceeded(workbook, null, Limit.UNPACKED_BYTES, budget, "unpacks to more than " + budget + " bytes");
            }
        }
    }
}
