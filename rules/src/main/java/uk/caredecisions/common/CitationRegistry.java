package uk.caredecisions.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one registry of citations that DRL rules ({@code @citation("KEY")}) and table rows (the
 * Citation column) refer to. One YAML file per legal source under {@code citations/}.
 */
public final class CitationRegistry {

    /** The files of the registry, one per legal source or local guidance. */
    static final List<String> FILES = List.of(
            "care-act-2014.yaml",
            "eligibility-regulations-2015.yaml",
            "local-policy.yaml",
            "care-act-2014-triage.yaml",
            "advocacy-regulations-2014.yaml",
            "local-policy-triage.yaml",
            "care-act-2014-safeguarding.yaml");

    private static final CitationRegistry BUNDLED = load();

    private final Map<String, Citation> citations;

    private CitationRegistry(Map<String, Citation> citations) {
        this.citations = Map.copyOf(citations);
    }

    public static CitationRegistry bundled() {
        return BUNDLED;
    }

    public Optional<Citation> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(citations.get(key));
    }

    public Map<String, Citation> all() {
        return citations;
    }

    private static CitationRegistry load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Citation> all = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = CitationRegistry.class.getResourceAsStream("/uk/caredecisions/citations/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing citation file " + file);
                }
                Map<String, Map<String, String>> entries = yaml.readValue(in, new TypeReference<>() {});
                entries.forEach((key, v) -> {
                    if (all.put(key, new Citation(key, v.get("title"), v.get("provision"), v.get("url"), v.get("text"), v.get("quote"))) != null) {
                        throw new IllegalStateException("Citation " + key + " is defined twice");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CitationRegistry(all);
    }
}
