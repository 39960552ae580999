package uk.caredecisions.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;

/**
 * Every quotation in the citation registry is the statute's own words: each {@code quote:} must
 * be found, whitespace, quotation marks and dashes aside, in the copy of the legislation.gov.uk
 * text kept under {@code src/test/resources/legislation} for its URL. A misquotation fails the build.
 */
class CitationQuotationsTest {

    /** One kept statute text: where it came from, the registry URLs it can check, and the words. */
    record KeptText(String file, String source, List<String> holds, String licence, String body) {}

    static List<KeptText> keptTexts() {
        try {
            Path dir = Path.of(CitationQuotationsTest.class.getResource("/legislation").toURI());
            List<KeptText> texts = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeptText read(String name, String text) {
        int rule = text.indexOf("\n---\n");
        String header = rule < 0 ? "" : text.substring(0, rule);
        String source = null;
        String licence = null;
        List<String> holds = new ArrayList<>();
        for (String line : header.split("\n")) {
            if (line.startsWith("Source: ")) {
                source = line.substring(8).trim();
            } else if (line.startsWith("Holds: ")) {
                for (String url : line.substring(7).split("\\s+")) {
                    holds.add(url(url));
                }
            } else if (line.startsWith("Contains public sector information")) {
                licence = line.trim();
            }
        }
        return new KeptText(name, source, holds, licence, rule < 0 ? "" : text.substring(rule + 5));
    }

    /** A URL as compared: no scheme, no www, no trailing slash. */
    static String url(String url) {
        return url.trim().replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }

    /** Words as compared: no whitespace, one kind of quotation mark and dash. */
    static String words(String text) {
        return text.replaceAll("[\u2018\u2019\u2032]", "'").replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("[\u2013\u2014\u2012]", "-").replaceAll("\\s+", "");
    }

    /** The kept text that holds {@code citation}'s URL, or null. */
    static KeptText keptFor(Citation citation, List<KeptText> texts) {
        String wanted = url(citation.url());
        return texts.stream().filter(t -> t.holds().contains(wanted)).findFirst().orElse(null);
    }

    static boolean quotes(KeptText kept, String quote) {
        return words(kept.body()).contains(words(quote));
    }

    @Test
    void everyKeptTextNamesItsLegislationGovUkSourceAndTheLicence() {
        List<KeptText> texts = keptTexts();
        assertThat(texts).isNotEmpty();
        assertThat(texts).allSatisfy(t -> {
            assertThat(t.source()).as(t.file()).contains("legislation.gov.uk");
            assertThat(t.holds()).as(t.file()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("legislation.gov.uk/"));
            assertThat(t.licence()).as(t.file())
                    .isEqualTo("Contains public sector information licensed under the Open Government Licence v3.0.");
            assertThat(t.body().strip()).as(t.file()).isNotEmpty();
        });
    }

    @Test
    void everyQuotationInTheRegistryIsTheStatutesOwnWords() {
        List<KeptText> texts = keptTexts();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Citation c : CitationRegistry.bundled().all().values()) {
            if (c.quote() == null) {
                continue;
            }
            KeptText kept = keptFor(c, texts);
            if (kept == null) {
                problems.add(c.key() + ": quotes " + c.url() + " but no kept text holds it (add one to src/test/resources/legislation)");
            } else if (!quotes(kept, c.quote())) {
                problems.add(c.key() + ": \"" + c.quote() + "\" is not in " + kept.file());
            } else {
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("quotations checked").isGreaterThanOrEqualTo(24);
    }

    @Test
    void aMisquotationIsCaught() {
        KeptText s13 = keptTexts().stream().filter(t -> t.file().equals("care-act-2014-s13.txt")).findFirst().orElseThrow();
        assertThat(quotes(s13, "the local authority must give the adult concerned a written record of the determination")).isTrue();
        assertThat(quotes(s13, "the local authority must give the adult concerned a record of the determination")).isFalse();
        assertThat(quotes(s13, "the local authority must\u2014 (a) consider")).isTrue();
        assertThat(quotes(s13, "Where at least some of a carer's needs for support meet the eligibility criteria, the local authority must— "
                + "(a) consider what could be done to meet those needs that do, (b) ascertain whether")).isFalse();
    }

    @Test
    void theCorrectionsOfIssue11StandInTheRegistry() {
        CitationRegistry registry = CitationRegistry.bundled();
        assertThat(registry.find("CA2014-S13-2").orElseThrow().quote()).contains("a written record of the determination");
        assertThat(registry.find("CA2014-S13-2").orElseThrow().text()).contains("written record");
        assertThat(registry.find("CA2014-S13-4-A").orElseThrow().quote()).startsWith("Where at least some of a carer's needs");
        assertThat(registry.find("CA2014-S13-4-B").orElseThrow().quote()).contains("the adult needing care is ordinarily resident");
        assertThat(registry.find("EC2015-REG3-2-B").orElseThrow().text())
                .contains("maintaining a habitable home environment in the carer's home (whether or not this is also the home of the adult needing care)");
        assertThat(registry.find("EC2015-REG3-2-A").orElseThrow().text()).contains("effect of the carer's needs");
        String reg4 = registry.find("ADV2014-REG4").orElseThrow().text();
        assertThat(reg4.split("best interests", -1)).as("both limbs of reg 4 name best interests").hasSize(3);
    }

    @Test
    void carersNextStepsCiteSection13Subsection4AndAdultOutcomeINamesPublicTransport() {
        DecisionTable carer = BundledRuleSet.get().table("CarerNextSteps").orElseThrow();
        int citation = carer.columnIndex("Citation");
        assertThat(carer.rows()).extracting(row -> row.value(citation)).doesNotContain("CA2014-S13-3", "CA2014-S20")
                .contains("CA2014-S13-4-A", "CA2014-S13-4-B");
        DecisionTable adult = BundledRuleSet.get().table("AdultOutcomes").orElseThrow();
        TableRow i = adult.rows().stream().filter(r -> r.value(2).equals("USING_COMMUNITY_FACILITIES")).findFirst().orElseThrow();
        assertThat(i.value(3)).contains("including public transport, and recreational facilities or services");
        DecisionTable carerOutcomes = BundledRuleSet.get().table("CarerOutcomes").orElseThrow();
        TableRow iii = carerOutcomes.rows().stream().filter(r -> r.value(2).equals("HABITABLE_HOME")).findFirst().orElseThrow();
        assertThat(iii.value(3)).contains("(whether or not this is also the home of the adult needing care)");
    }
}
