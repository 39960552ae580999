package uk.caredecisions.service.rulesets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.common.ServiceProperties;

/**
 * Watches the tables folder (when {@code caredecisions.rulesets.watch.enabled}) and sends a changed
 * rule set through the same gate as an upload. It compares a hash of the folder's files at each
 * interval rather than relying on file-system events, which network drives do not deliver; a
 * half-saved workbook simply fails the gate and is retried at the next change.
 */
@Component
class TablesWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TablesWatcher.class);

    private final RuleSetPublisher publisher;
    private final RuleSetProperties properties;
    private final Path folder;
    private ScheduledExecutorService executor;
    private String lastSeen;

    TablesWatcher(RuleSetPublisher publisher, RuleSetProperties properties, ServiceProperties service) {
        this.publisher = publisher;
        this.properties = properties;
        this.folder = service.tablesDir();
    }

    @Override
    public synchronized void start() {
        lastSeen = fingerprint(folder);
        if (!properties.watch().enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tables-watcher");
            t.setDaemon(true);
            return t;
        });
        long every = properties.watch().interval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for table changes every {}", folder.toAbsolutePath(), properties.watch().interval());
    }

    /** One look at the folder: if it changed since the last look, the new content goes through the gate. */
    synchronized void poll() {
        try {
            String now = fingerprint(folder);
            if (now.equals(lastSeen)) {
                return;
            }
            lastSeen = now;
            publisher.publishFolder(RuleSetSource.fromDirectory(folder));
        } catch (RuntimeException e) {
            LOG.warn("Could not check the tables folder: {}", e.getMessage());
        }
    }

    static String fingerprint(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
