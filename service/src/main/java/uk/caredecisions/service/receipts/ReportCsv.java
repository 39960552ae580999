package uk.caredecisions.service.receipts;

/** A report as CSV rows of measure,by,count, the headline figures first: for the API and the console's download alike. */
public final class ReportCsv {

    private ReportCsv() {}

    public static String write(Reports.Report r) {
        StringBuilder out = new StringBuilder("measure,by,count\n");
        r.figures().forEach((name, value) -> out.append(cell(name)).append(",,").append(value == null ? "" : value).append('\n'));
        r.counts().forEach(c -> out.append(cell(c.measure())).append(',').append(cell(c.by())).append(',').append(c.count()).append('\n'));
        return out.toString();
    }

    public static String fileName(Reports.Report r) {
        return r.report() + "-" + r.from() + "-to-" + r.to() + ".csv";
    }

    /** A CSV cell: quoted when it holds a comma or quote, and never read as a formula by a spreadsheet. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
