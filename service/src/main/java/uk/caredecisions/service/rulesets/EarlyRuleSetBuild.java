package uk.caredecisions.service.rulesets;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Starts building the bundled rule set as soon as the configuration is known, on a thread of its
 * own, so that compiling the workbooks and the law's DRL (seconds, in a cold JVM) overlaps Spring's
 * start-up instead of following it. {@link RuleSets} takes the result; the service still reports
 * ready only once it is built, and an invalid folder still stops start-up. When it was kept compiled
 * ({@code caredecisions.rulesets.compiled-dir}) it is loaded, not compiled.
 * Registered in {@code META-INF/spring.factories}, so it runs under tests as well as {@code main}.
 */
public final class EarlyRuleSetBuild implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** A build and how long it took. */
    record Built(RuleSet ruleSet, long nanos) {}

    private static final Map<Path, CompletableFuture<Built>> STARTED = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dir = Path.of(event.getEnvironment().getProperty("caredecisions.tables-dir", "decision-tables")).toAbsolutePath().normalize();
        CompiledRuleSets compiled = compiledRuleSets(event.getEnvironment().getProperty("caredecisions.rulesets.compiled-dir", ""));
        STARTED.computeIfAbsent(dir, d -> start(d, compiled));
    }

    /** The folder of compiled rule sets named by {@code caredecisions.rulesets.compiled-dir}; none when it is blank. */
    static CompiledRuleSets compiledRuleSets(String folder) {
        return folder == null || folder.isBlank() ? CompiledRuleSets.none() : CompiledRuleSets.in(Path.of(folder));
    }

    /** The build started for this folder, if any; each is handed out once. */
    static Optional<CompletableFuture<Built>> take(Path dir) {
        return Optional.ofNullable(STARTED.remove(dir.toAbsolutePath().normalize()));
    }

    static CompletableFuture<Built> start(Path dir, CompiledRuleSets compiled) {
        CompletableFuture<Built> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                RuleSet ruleSet = new RuleSetBuilder(compiled).build(RuleSetSource.fromDirectory(dir));
                future.complete(new Built(ruleSet, System.nanoTime() - started));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "rule-set-build");
        thread.setDaemon(true);
        thread.start();
        return future;
    }
}
