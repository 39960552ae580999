package uk.caredecisions.service.rulesets;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rule-set lifecycle ({@code caredecisions.rulesets.*}).
 *
 * @param storeDir where staged and activated versions are kept, so a restart keeps them (git-ignored {@code var/})
 * @param scenariosDir the scenario library every new version must pass before it is staged
 * @param watch whether to watch the tables folder and publish a changed, valid rule set without a restart
 */
@ConfigurationProperties(prefix = "caredecisions.rulesets")
public record RuleSetProperties(
        @DefaultValue("var/rulesets") Path storeDir,
        @DefaultValue("test-scenarios") Path scenariosDir,
        @DefaultValue Watch watch) {

    /**
     * @param enabled off by default: publishing through {@code POST /v1/rulesets} leaves a record of who did it
     * @param interval how often the folder is compared with what was last seen
     */
    public record Watch(@DefaultValue("false") boolean enabled, @DefaultValue("5s") Duration interval) {}
}
