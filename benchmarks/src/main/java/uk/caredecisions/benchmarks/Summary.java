package uk.caredecisions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into the tables of BENCHMARKS.md: decisions per second, p50 and p99,
 * and the ratios of each engine to the plain-Java baseline and to each DMN peer.
 * {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.Summary target/jmh.json}
 */
public final class Summary {

    private record Row(String name, double perSecond, double p50us, double p99us, String other) {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args.length > 0 ? args[0] : "jmh.json").toFile());
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replaceFirst("^.*\\.benchmarks\\.", "");
            JsonNode params = r.get("params");
            if (params != null) {
                StringBuilder p = new StringBuilder();
                params.fields().forEachRemaining(e -> p.append(p.length() == 0 ? "[" : ",").append(e.getValue().asText()));
                name += p.append("]");
            }
            String mode = r.get("mode").asText();
            JsonNode metric = r.get("primaryMetric");
            double score = metric.get("score").asDouble();
            String unit = metric.get("scoreUnit").asText();
            Row old = rows.get(name);
            switch (mode) {
                case "thrpt" -> rows.put(name, new Row(name, perSecond(score, unit), old == null ? Double.NaN : old.p50us,
                        old == null ? Double.NaN : old.p99us, null));
                case "sample" -> {
                    JsonNode pct = metric.get("scorePercentiles");
                    double p50 = micros(pct.get("50.0").asDouble(), unit);
                    double p99 = micros(pct.get("99.0").asDouble(), unit);
                    rows.put(name, new Row(name, old == null ? Double.NaN : old.perSecond, p50, p99, null));
                }
                default -> rows.put(name + " (" + mode + ")", new Row(name, Double.NaN, Double.NaN, Double.NaN,
                        String.format(Locale.ROOT, "%.1f %s", score, unit)));
            }
        }
        double plain = find(rows, "plainJavaReg2");
        double camunda = find(rows, "camundaDmnReg2");
        double kie = find(rows, "kieDmnReg2");
        System.out.println("| benchmark | decisions/s | p50 (us) | p99 (us) | x plain Java | x Camunda DMN | x KIE DMN |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach((key, row) -> {
            if (row.other == null) {
                System.out.printf(Locale.ROOT, "| %s | %,.0f | %.1f | %.1f | %s | %s | %s |%n", row.name, row.perSecond, row.p50us,
                        row.p99us, ratio(row.perSecond, plain), ratio(row.perSecond, camunda), ratio(row.perSecond, kie));
            }
        });
        System.out.println();
        System.out.println("| benchmark | time per operation |");
        System.out.println("|---|---:|");
        rows.forEach((key, row) -> {
            if (row.other != null) {
                System.out.printf("| %s | %s |%n", key, row.other);
            }
        });
    }

    private static double find(Map<String, Row> rows, String suffix) {
        return rows.values().stream().filter(r -> r.name.endsWith(suffix)).mapToDouble(Row::perSecond).findFirst().orElse(Double.NaN);
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) ? "" : String.format(Locale.ROOT, "%.2f", value / base);
    }

    private static double perSecond(double score, String unit) {
        return switch (unit) {
            case "ops/us" -> score * 1e6;
            case "ops/ms" -> score * 1e3;
            case "ops/s" -> score;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }

    private static double micros(double score, String unit) {
        return switch (unit) {
            case "us/op" -> score;
            case "ns/op" -> score / 1e3;
            case "ms/op" -> score * 1e3;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
