package uk.caredecisions.triage;

import java.util.Collection;
import java.util.List;

/** Fact: a service a TriageSequels row suggests. */
public record ServiceSuggestion(SuggestedService service, String row) {

    /** The distinct services suggested, in the order of {@link SuggestedService}. */
    public static List<String> inOrder(Collection<?> services) {
        return services.stream().map(SuggestedService.class::cast).distinct().sorted().map(Enum::name).toList();
    }
}
