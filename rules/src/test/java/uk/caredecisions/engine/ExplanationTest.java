package uk.caredecisions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;

/**
 * The placeholder filler is hand-written for speed; it must fill exactly what the regular
 * expression {@code \{([a-zA-Z]+)}} it replaced would fill, and leave everything else alone.
 */
class ExplanationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<String, String> labels = Map.of("NUTRITION", "managing nutrition", "HYGIENE", "personal hygiene");
    private final Explanation explanation = new Explanation(new Evaluation(BundledRuleSet.get(), List.of(), List.of()),
            labels::get, String::compareTo);

    @Test
    void fillsPlaceholdersExactlyAsTheRegularExpressionDid() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("count", 3);
        params.put("outcome", "NUTRITION");
        params.put("outcomes", List.of("NUTRITION", "HYGIENE", "OTHER"));
        params.put("one", List.of("HYGIENE"));
        params.put("none", List.of());
        params.put("money", "$1 \\ {count}");
        for (String template : List.of("", "no placeholders", "{count}", "Unable: {outcome}.", "{outcomes} and {one} and {none}",
                "{unknown} stays", "{a1} has a digit", "{{count}}", "{}", "{ count}", "{count", "count}", "{count}{outcome}",
                "trailing {", "{money} is literal", "{COUNT} is case-sensitive", "x{count}y{missing}z{outcome}")) {
            assertThat(explanation.render(template, params)).as(template).isEqualTo(byRegex(template, params));
        }
    }

    @Test
    void namesCodesByTheirLabelsAndListsThemInPlainEnglish() {
        // A code with no label reads as words: OTHER -> other.
        assertThat(explanation.render("Unable to achieve {outcomes}.", Map.of("outcomes", List.of("NUTRITION", "HYGIENE", "OTHER"))))
                .isEqualTo("Unable to achieve managing nutrition, personal hygiene and other.");
    }

    private String byRegex(String template, Map<String, Object> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : explanation.render("{v}", Map.of("v", value))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
