package uk.caredecisions.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule sets kept in a folder, so that a restart loads a knowledge base instead of compiling
 * the DRL again. What is kept is Drools' executable model (the rules as generated Java, compiled),
 * written after a rule set has been built and checked from its DRL, never from an upload.
 *
 * <p>An entry is found by a key that covers everything its code came from: every DRL file exactly as
 * it would be compiled (the law's and the rows' DRL written from the checked workbooks), the bytes of
 * every class of this module (the fact model the compiled code calls), the Drools and Java versions
 * and this format. An entry is used only if its bytes match the digest written after them, it holds
 * exactly those DRL files, and the knowledge bases it gives have exactly the rules they declare; anything else
 * is logged, deleted and compiled from the DRL again. The folder is trusted as the service's own
 * installation is: whoever can write it could as well replace the service's jar.
 */
public final class CompiledRuleSets {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleSets.class);
    private static final String FORMAT = "compiled-rule-set/2";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Map<Path, CompiledRuleSets> FOLDERS = new ConcurrentHashMap<>();
    private static final CompiledRuleSets NONE = new CompiledRuleSets(null);
    /** Entries kept in the folder: every version a service could still be asked to decide under, and more. */
    static final int KEPT = 20;

    private final Path folder;
    private final CountDownLatch writing = new CountDownLatch(1);
    private volatile ExecutorService writer;

    private CompiledRuleSets(Path folder) {
        this.folder = folder;
    }

    /** No folder: every rule set is compiled from its DRL. */
    public static CompiledRuleSets none() {
        return NONE;
    }

    /** The compiled rule sets kept in this folder (one instance, and one writer, per folder). */
    public static CompiledRuleSets in(Path folder) {
        return FOLDERS.computeIfAbsent(folder.toAbsolutePath().normalize(), CompiledRuleSets::new);
    }

    /** Whether rule sets are kept compiled: a folder is set and the fact model's classes could be read for the key. */
    public boolean enabled() {
        return folder != null && FactModel.DIGEST != null;
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The key of a rule set's DRL files (path to text): what its compiled code came from. */
    public String key(Map<String, String> drlFiles) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, String.valueOf(ExecutableModelProject.class.getPackage().getImplementationVersion()));
        update(digest, Runtime.version().toString());
        new TreeMap<>(drlFiles).forEach((path, text) -> {
            update(digest, path);
            update(digest, text);
        });
        update(digest, FactModel.DIGEST);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of every class of this module (the fact model and what its methods return), read once:
     * a rule's compiled code calls them, so a new build of them is a new key.
     */
    private static final class FactModel {
        static final String DIGEST = digest();

        private static String digest() {
            MessageDigest digest = sha256();
            try {
                URL location = RuleSet.class.getProtectionDomain().getCodeSource().getLocation();
                Path directory = "file".equals(location.getProtocol()) ? Path.of(location.toURI()) : null;
                if (directory != null && Files.isDirectory(directory)) {
                    try (Stream<Path> files = Files.walk(directory)) {
                        for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                            update(digest, directory.relativize(file).toString());
                            digest.update(Files.readAllBytes(file));
                        }
                    }
                } else {
                    try (InputStream in = location.openStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                LOG.warn("The fact model's classes could not be read ({}): rule sets are compiled from their DRL at every start", e.toString());
                return null;
            }
        }
    }

    /** The knowledge bases kept under this key, if there is one and it is what these DRL files compile to. */
    public synchronized Optional<Map<String, KieBase>> load(String key, Map<String, String> drlFiles) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path kjar = folder.resolve(key + ".kjar");
        Path digestFile = folder.resolve(key + ".sha256");
        if (!Files.exists(kjar) && !Files.exists(digestFile)) {
            return Optional.empty();
        }
        String problem;
        try {
            byte[] bytes = Files.exists(kjar) ? Files.readAllBytes(kjar) : null;
            problem = check(bytes, digestFile);
            if (problem == null) {
                Map<String, KieBase> kieBases = open(bytes, drlFiles);
                if (kieBases != null) {
                    Files.setLastModifiedTime(kjar, FileTime.from(Instant.now()));
                    return Optional.of(kieBases);
                }
                problem = "its rules are not the rules of the DRL";
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        LOG.warn("Compiled rule set {} in {} not used ({}): deleted, compiling from the DRL", key.substring(0, 12), folder, problem);
        delete(kjar, digestFile);
        return Optional.empty();
    }

    /**
     * Compiles a rule set's DRL files (given when the write starts) to the executable model and keeps it,
     * in the background once the service lets it write; nothing if it is kept already.
     */
    public void writeLater(Supplier<Map<String, String>> drlFiles) {
        if (!enabled()) {
            return;
        }
        writer().execute(() -> {
            String key = null;
            try {
                writing.await();
                Map<String, String> files = drlFiles.get();
                key = key(files);
                if (!Files.exists(folder.resolve(key + ".sha256"))) {
                    write(key, files);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Compiled rule set {} not kept: {}", key == null ? "" : key.substring(0, 12), e.toString());
            }
        });
    }

    /** Lets queued writes start: called once the service is ready, so that compiling never delays start-up. */
    public void startWriting() {
        writing.countDown();
    }

    /** Waits until every write queued so far is done (or dropped). */
    public void awaitWrites() throws InterruptedException {
        if (writer != null) {
            CountDownLatch done = new CountDownLatch(1);
            writer.execute(done::countDown);
            done.await();
        }
    }

    /** Compiles these DRL files to the executable model and keeps it under this key, now. Returns whether it was kept. */
    public boolean write(String key, Map<String, String> drlFiles) {
        if (!enabled()) {
            return false;
        }
        long started = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = releaseId(key);
        files.generateAndWritePomXML(releaseId);
        files.writeKModuleXML(KnowledgeAreas.kmodule(KnowledgeAreas.of(drlFiles)));
        drlFiles.forEach(files::write);
        KieBuilder builder = services.newKieBuilder(files);
        builder.buildAll(ExecutableModelProject.class);
        services.getRepository().removeKieModule(releaseId);
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            LOG.warn("Compiled rule set {} not kept: the executable model does not compile ({})", key.substring(0, 12),
                    builder.getResults().getMessages(Message.Level.ERROR).get(0).getText().lines().findFirst().orElse(""));
            return false;
        }
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        try {
            Files.createDirectories(folder);
            Path kjar = folder.resolve(key + ".kjar");
            Path temp = Files.createTempFile(folder, key, ".part");
            Files.write(temp, bytes);
            Files.move(temp, kjar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // The digest last: an entry without it, or with another, is never used.
            Path digestTemp = Files.createTempFile(folder, key, ".part");
            Files.writeString(digestTemp, hex(bytes));
            Files.move(digestTemp, folder.resolve(key + ".sha256"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Compiled rule set {} not kept in {}: {}", key.substring(0, 12), folder, e.toString());
            return false;
        }
        LOG.info("Compiled rule set {} kept in {} ({} KB, {} ms)", key.substring(0, 12), folder, bytes.length / 1024,
                (System.nanoTime() - started) / 1_000_000);
        prune();
        return true;
    }

    /** Deletes all but the {@value #KEPT} entries last written or loaded, and pieces of writes that never ended. */
    private void prune() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            List<Path> kjars = all.stream().filter(p -> p.toString().endsWith(".kjar"))
                    .sorted(Comparator.comparing(CompiledRuleSets::modified).reversed()).toList();
            for (Path old : kjars.subList(Math.min(KEPT, kjars.size()), kjars.size())) {
                String key = old.getFileName().toString().replace(".kjar", "");
                delete(old, folder.resolve(key + ".sha256"));
            }
            Instant hourAgo = Instant.now().minusSeconds(3600);
            for (Path part : all.stream().filter(p -> p.toString().endsWith(".part")).toList()) {
                if (modified(part).toInstant().isBefore(hourAgo)) {
                    delete(part);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not prune {}: {}", folder, e.toString());
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Null when the entry's bytes match its digest; else why not. */
    private static String check(byte[] bytes, Path digestFile) throws IOException {
        if (bytes == null || !Files.exists(digestFile)) {
            return "incomplete";
        }
        if (!hex(bytes).equals(Files.readString(digestFile).strip())) {
            return "its bytes do not match their digest";
        }
        return null;
    }

    private static Map<String, KieBase> open(byte[] bytes, Map<String, String> drlFiles) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(bytes));
        try {
            if (!(module instanceof CanonicalKieModule canonical)) {
                throw new IllegalStateException("not an executable model");
            }
            Set<String> kept = new HashSet<>();
            for (String name : canonical.getFileNames()) {
                if (name.endsWith(".drl")) {
                    kept.add(name);
                }
            }
            Set<String> expected = new HashSet<>();
            drlFiles.keySet().forEach(path -> expected.add(path.startsWith("src/main/resources/") ? path.substring(19) : path));
            if (!kept.equals(expected)) {
                throw new IllegalStateException("it holds other DRL files");
            }
            for (Map.Entry<String, String> file : drlFiles.entrySet()) {
                String path = file.getKey().startsWith("src/main/resources/") ? file.getKey().substring(19) : file.getKey();
                byte[] text = canonical.getBytes(path);
                if (text == null || !new String(text, StandardCharsets.UTF_8).equals(file.getValue())) {
                    throw new IllegalStateException("it was compiled from other DRL (" + path + ")");
                }
            }
            Map<String, KieBase> kieBases = KnowledgeAreas.open(services.newKieContainer(module.getReleaseId()), KnowledgeAreas.of(drlFiles));
            Set<String> rules = new HashSet<>();
            kieBases.values().forEach(kb -> kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> rules.add(r.getName()))));
            return rules.equals(declaredRules(drlFiles)) ? kieBases : null;
        } finally {
            services.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    private static Set<String> declaredRules(Map<String, String> drlFiles) {
        Set<String> rules = new HashSet<>();
        for (String text : drlFiles.values()) {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                rules.add(m.group(1));
            }
        }
        return rules;
    }

    private ExecutorService writer() {
        if (writer == null) {
            synchronized (this) {
                if (writer == null) {
                    writer = Executors.newSingleThreadExecutor(r -> {
                        Thread thread = new Thread(r, "compiled-rule-sets");
                        thread.setDaemon(true);
                        thread.setPriority(Thread.MIN_PRIORITY);
                        return thread;
                    });
                }
            }
        }
        return writer;
    }

    private static ReleaseId releaseId(String key) {
        return KieServices.Factory.get().newReleaseId("uk.caredecisions.rulesets", "compiled-" + key.substring(0, 32), "1.0.0");
    }

    private static void delete(Path... paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", path, e.toString());
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
