package uk.caredecisions.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's decision-tables/ and test-scenarios/ are: -Drepo.root, else the nearest folder up that has them. */
public final class Repo {

    private Repo() {}

    public static Path root() {
        String configured = System.getProperty("repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("decision-tables"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find decision-tables/: run from the repository or set -Drepo.root");
    }

    public static Path tables() {
        return root().resolve("decision-tables");
    }

    public static Path scenarios() {
        return root().resolve("test-scenarios");
    }
}
