package uk.caredecisions.service.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.common.ServiceProperties;

/**
 * The manifests in {@code deploy/k8s}, read as the API server reads them: each into the Kubernetes API
 * type of its apiVersion and kind (fabric8's model, generated from the Kubernetes OpenAPI schema), so a
 * field the API does not define, a value of the wrong type or an apiVersion we did not mean fails here
 * rather than at {@code kubectl apply}; then the fields the API requires, and what the product needs of
 * them. Plain JUnit: the one Spring piece is the property binder, to show the environment the pods get
 * binds to the service's settings.
 */
class ManifestSchemaTests {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final String KUSTOMIZATION = "kustomization.yaml";
    /** The shape of the tables ConfigMap; the real one is generated from decision-tables/ by kubectl. */
    private static final String TABLES_SKELETON = "tables-configmap.yaml";
    private static final String PLACEHOLDER = "REPLACE_ME";
    /** A ConfigMap's data and binaryData together (the API server's limit). */
    private static final int CONFIG_MAP_LIMIT = 1024 * 1024;
    private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");

    /** The kinds these manifests may use, keyed "apiVersion/kind" as the API types declare them. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Stream.of(
                    Deployment.class, Service.class, PodDisruptionBudget.class, HorizontalPodAutoscaler.class, ConfigMap.class, Secret.class)
            .collect(Collectors.toMap(type -> HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type), type -> type));

    private static final ObjectMapper YAML = strictYaml();

    // --- the schema check -------------------------------------------------------------------------

    @Test
    void everyManifestIsAKubernetesObjectWithOnlyTheFieldsTheApiDefines() throws IOException {
        List<Path> files = manifestFiles();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("deployment.yaml", "service.yaml", "pdb.yaml", "hpa.yaml", "secret.yaml", "settings.yaml", TABLES_SKELETON);
        Set<String> kinds = new TreeSet<>();
        for (Path file : files) {
            HasMetadata resource = read(file.getFileName().toString(), tree(file));
            kinds.add(resource.getKind());
        }
        assertThat(kinds).containsExactlyInAnyOrder("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Secret");
    }

    /** A broken copy, made in memory from a real manifest, and what the check must say about it. */
    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                Arguments.of("a misspelt field deep in the pod template", "deployment.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/spec/template/spec/containers/0/readinessProbe").set("httpGett", m.at("/spec/template/spec/containers/0/readinessProbe/httpGet")),
                        "httpGett"),
                Arguments.of("a field the Deployment spec does not have", "deployment.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/spec").put("replica", 3), "replica"),
                Arguments.of("a quoted number for an integer", "deployment.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/spec").put("replicas", "3"), "replicas"),
                Arguments.of("an unquoted number where the API takes a string", "secret.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/stringData").put("SPRING_DATASOURCE_PORT", 5432), "SPRING_DATASOURCE_PORT"),
                Arguments.of("an apiVersion the fields were not written for", "hpa.yaml",
                        (Consumer<ObjectNode>) m -> m.put("apiVersion", "autoscaling/v1"), "autoscaling/v1/HorizontalPodAutoscaler"),
                Arguments.of("a container with no image", "deployment.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/spec/template/spec/containers/0").remove("image"), "containers[care-decisions].image"),
                Arguments.of("an autoscaler with no maximum", "hpa.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/spec").remove("maxReplicas"), "spec.maxReplicas"),
                Arguments.of("a name the API refuses", "service.yaml",
                        (Consumer<ObjectNode>) m -> at(m, "/metadata").put("name", "Care_Decisions"), "metadata.name"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenCopies")
    void aBrokenCopyOfAManifestIsRefused(String what, String file, Consumer<ObjectNode> breakIt, String named) throws IOException {
        ObjectNode original = (ObjectNode) tree(K8S.resolve(file));
        read(file, original);

        ObjectNode broken = original.deepCopy();
        breakIt.accept(broken);
        assertThatThrownBy(() -> read(file, broken)).isInstanceOf(ManifestProblem.class).hasMessageContaining(file).hasMessageContaining(named);
    }

    // --- what the product needs of them -----------------------------------------------------------

    @Test
    void threeReplicasRunAsANonRootUserOnAReadOnlyRoot() throws IOException {
        Deployment deployment = manifest("deployment.yaml", Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = serviceContainer(deployment);

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        // With the root read-only, only these are writable: Tomcat's and the JVM's /tmp, and the service's var/.
        assertThat(emptyDirMounts(deployment)).containsExactlyInAnyOrder("/tmp", "/app/var");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
    }

    @Test
    void theProbesAskTheActuatorHealthGroupsOnTheServicePort() throws IOException {
        Container container = serviceContainer(manifest("deployment.yaml", Deployment.class));
        assertThat(container.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(8080);
        });

        assertThat(probe(container.getReadinessProbe())).isEqualTo("http /actuator/health/readiness");
        assertThat(probe(container.getLivenessProbe())).isEqualTo("http /actuator/health/liveness");
        assertThat(probe(container.getStartupProbe())).isEqualTo("http /actuator/health/liveness");
        // The rule sets take seconds to build: the start-up probe gives them far longer than that.
        Probe startup = container.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aDrainLeavesTwoReplicasAndTheAutoscalerNeverGoesBelowTheDeployment() throws IOException {
        Deployment deployment = manifest("deployment.yaml", Deployment.class);
        PodDisruptionBudget budget = manifest("pdb.yaml", PodDisruptionBudget.class);
        HorizontalPodAutoscaler autoscaler = manifest("hpa.yaml", HorizontalPodAutoscaler.class);
        int replicas = deployment.getSpec().getReplicas();

        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(2).isLessThan(replicas);
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(replicas);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(autoscaler.getSpec().getMetrics()).singleElement().satisfies(metric -> {
            assertThat(metric.getType()).isEqualTo("Resource");
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        });
        // CPU utilisation is measured against the request: without one the autoscaler cannot scale.
        assertThat(serviceContainer(deployment).getResources().getRequests()).containsKey("cpu");
    }

    @Test
    void theServiceTheBudgetAndTheAutoscalerAllPointAtTheDeploymentsPods() throws IOException {
        Deployment deployment = manifest("deployment.yaml", Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service service = manifest("service.yaml", Service.class);

        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(manifest("pdb.yaml", PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts()).singleElement()
                .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo(serviceContainer(deployment).getPorts().get(0).getName()));

        var target = manifest("hpa.yaml", HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef();
        assertThat(target.getApiVersion() + "/" + target.getKind() + "/" + target.getName())
                .isEqualTo(deployment.getApiVersion() + "/" + deployment.getKind() + "/" + deployment.getMetadata().getName());
    }

    @Test
    void thePodsEnvironmentComesFromTheSettingsAndTheSecretInThisFolder() throws IOException {
        Container container = serviceContainer(manifest("deployment.yaml", Deployment.class));
        assertThat(container.getEnvFrom()).extracting(from -> from.getConfigMapRef() == null ? null : from.getConfigMapRef().getName())
                .contains(manifest("settings.yaml", ConfigMap.class).getMetadata().getName());
        assertThat(container.getEnvFrom()).extracting(from -> from.getSecretRef() == null ? null : from.getSecretRef().getName())
                .contains(manifest("secret.yaml", Secret.class).getMetadata().getName());
    }

    @Test
    void theTablesAreMountedWhereTheTablesPropertyPointsInTheImageAndInThePod() throws IOException {
        Deployment deployment = manifest("deployment.yaml", Deployment.class);
        Path tablesDir = binder(podEnvironment()).bind("caredecisions.tables-dir", Path.class).get();

        VolumeMount mount = serviceContainer(deployment).getVolumeMounts().stream()
                .filter(m -> Path.of(m.getMountPath()).equals(tablesDir)).findFirst().orElseThrow(
                        () -> new AssertionError("nothing is mounted at the tables folder " + tablesDir));
        Volume volume = volume(deployment, mount.getName());
        assertThat(volume.getConfigMap().getName()).isEqualTo(manifest(TABLES_SKELETON, ConfigMap.class).getMetadata().getName());
        assertThat(mount.getReadOnly()).isTrue();

        Jib jib = Jib.fromPom();
        assertThat(Path.of(jib.environment().get("CAREDECISIONS_TABLES_DIR"))).isEqualTo(tablesDir);
        assertThat(jib.extraDirectories()).containsEntry("../decision-tables", tablesDir.toString());
    }

    @Test
    void theImageIsBuiltOnlyOnRequestAndRunsAsTheUserThePodAsksForOnThePortItProbes() throws IOException {
        Jib jib = Jib.fromPom();
        Deployment deployment = manifest("deployment.yaml", Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();

        assertThat(jib.boundToAPhase()).as("jib bound to a phase would run in the test command").isFalse();
        assertThat(jib.baseImage()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(jib.user()).isEqualTo(pod.getSecurityContext().getRunAsUser() + ":" + pod.getSecurityContext().getRunAsGroup());
        assertThat(jib.ports()).containsExactly(String.valueOf(serviceContainer(deployment).getPorts().get(0).getContainerPort()));
        // The image's store folder is the emptyDir the pod mounts, the one writable place besides /tmp.
        assertThat(jib.environment().get("CAREDECISIONS_RULESETS_STORE_DIR")).startsWith("/app/var/");
    }

    @Test
    void theSecretHoldsTheDatabaseUrlAndOnlyPlaceholdersForPasswords() throws IOException {
        Secret secret = manifest("secret.yaml", Secret.class);
        Binder pod = binder(podEnvironment());

        assertThat(pod.bind("spring.datasource.url", String.class).get()).startsWith("jdbc:postgresql://");
        assertThat(pod.bind("spring.datasource.username", String.class).isBound()).isTrue();
        assertThat(secret.getStringData()).containsKey("SPRING_DATASOURCE_URL").containsKey("SPRING_DATASOURCE_PASSWORD");
        assertThat(secret.getData()).as("values in stringData, readable as placeholders").isNullOrEmpty();
        assertThat(plaintextPasswords(secret.getStringData())).isEmpty();

        // The check itself, on copies with a real password in each place one could go.
        Map<String, String> withDatabasePassword = new TreeMap<>(secret.getStringData());
        withDatabasePassword.put("SPRING_DATASOURCE_PASSWORD", "Winter2026!");
        assertThat(plaintextPasswords(withDatabasePassword)).containsExactly("SPRING_DATASOURCE_PASSWORD");
        Map<String, String> withDeveloperPassword = new TreeMap<>(secret.getStringData());
        withDeveloperPassword.put("CAREDECISIONS_SECURITY_USERS_0_PASSWORD", "{noop}case-system-secret");
        assertThat(plaintextPasswords(withDeveloperPassword)).containsExactly("CAREDECISIONS_SECURITY_USERS_0_PASSWORD");
    }

    @Test
    void theSecretsUsersReplaceTheDeveloperDefaultsRatherThanJoinThem() throws IOException {
        List<PropertySource<?>> sources = new ArrayList<>();
        sources.add(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, podEnvironment()));
        sources.addAll(new YamlPropertySourceLoader().load("application.yml",
                new FileSystemResource(ROOT.resolve("service/src/main/resources/application.yml"))));
        ServiceProperties.Security security = new Binder(ConfigurationPropertySources.from(sources))
                .bind("caredecisions.security", ServiceProperties.Security.class).get();

        assertThat(security.users()).extracting(ServiceProperties.User::username)
                .containsExactlyInAnyOrder("case-system", "practice-lead", "trainer", "monitoring");
        assertThat(security.users()).allSatisfy(user -> assertThat(user.password()).isEqualTo("{bcrypt}" + PLACEHOLDER));
        assertThat(security.users()).filteredOn(user -> user.username().equals("practice-lead")).singleElement()
                .satisfies(user -> assertThat(user.roles()).containsExactlyInAnyOrder("PRACTICE_LEAD", "CLIENT"));
        assertThat(security.users()).filteredOn(user -> user.username().equals("monitoring")).singleElement()
                .satisfies(user -> assertThat(user.roles()).containsExactly("MONITORING"));
    }

    @Test
    void theBundledTablesFitTheConfigMapKubectlMakesOfTheFolder() throws IOException {
        ObjectNode generated = tablesConfigMapAsKubectlMakesIt(manifest(TABLES_SKELETON, ConfigMap.class).getMetadata().getName());
        ConfigMap tables = (ConfigMap) read("(kubectl create configmap --from-file=decision-tables/)", generated);

        assertThat(tables.getBinaryData()).containsKeys("adult-eligibility.drl.xlsx", "safeguarding-thresholds.drl.xlsx");
        assertThat(tables.getData()).containsKey(RuleSetSource.MANIFEST);
        long size = tables.getData().values().stream().mapToLong(v -> v.getBytes(StandardCharsets.UTF_8).length).sum()
                + tables.getBinaryData().values().stream().mapToLong(v -> Base64.getDecoder().decode(v).length).sum();
        assertThat(size).isLessThan(CONFIG_MAP_LIMIT);
    }

    /** The kubelet mounts a ConfigMap as symlinks into a hidden, timestamped folder; the service must read it as the plain folder. */
    @Test
    void theServiceReadsTheTablesFromAConfigMapMountAsFromTheFolder(@TempDir Path mount) throws IOException {
        Path tables = ROOT.resolve("decision-tables");
        Path generation = Files.createDirectory(mount.resolve("..2026_12_03_10_00_00.000000001"));
        try (Stream<Path> files = Files.list(tables)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, generation.resolve(file.getFileName()));
                Files.createSymbolicLink(mount.resolve(file.getFileName()), Path.of("..data").resolve(file.getFileName()));
            }
        }
        Files.createSymbolicLink(mount.resolve("..data"), generation.getFileName());

        RuleSetSource fromMount = RuleSetSource.fromDirectory(mount);
        RuleSetSource fromFolder = RuleSetSource.fromDirectory(tables);
        assertThat(fromMount.version()).isEqualTo(fromFolder.version());
        assertThat(fromMount.workbooks().keySet()).isEqualTo(fromFolder.workbooks().keySet());
        fromFolder.workbooks().forEach((name, bytes) -> assertThat(fromMount.workbooks().get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theKustomizationAppliesEveryManifestButTheTablesSkeleton() throws IOException {
        Kustomization kustomization = YAML.readValue(K8S.resolve(KUSTOMIZATION).toFile(), Kustomization.class);
        assertThat(kustomization.apiVersion()).isEqualTo("kustomize.config.k8s.io/v1beta1");
        assertThat(kustomization.kind()).isEqualTo("Kustomization");

        Set<String> files = manifestFiles().stream().map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        files.remove(TABLES_SKELETON);
        assertThat(kustomization.resources()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(kustomization.images()).extracting(Kustomization.Image::name).contains(serviceContainer(manifest("deployment.yaml", Deployment.class)).getImage());
    }

    // --- reading --------------------------------------------------------------------------------

    /** Why a manifest would be refused by the API server, naming the file and the field. */
    static final class ManifestProblem extends RuntimeException {
        ManifestProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads a manifest into the API type of its apiVersion and kind. fabric8's types keep unknown fields in an
     * {@code additionalProperties} map (a Jackson any-setter), which would let a misspelt field through without a
     * word: the mapper drops that setter, so an unknown field is an error as on the API server.
     */
    static HasMetadata read(String file, JsonNode manifest) {
        String kind = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new ManifestProblem(file + ": " + kind + " is not one of the kinds these manifests use " + KINDS.keySet(), null);
        }
        HasMetadata resource;
        try {
            resource = YAML.treeToValue(manifest, type);
        } catch (JsonProcessingException e) {
            throw new ManifestProblem(file + ": " + e.getOriginalMessage() + " at " + jsonPath(e), e);
        }
        List<String> missing = new ArrayList<>();
        requiredFields(resource, missing);
        if (!missing.isEmpty()) {
            throw new ManifestProblem(file + ": missing or invalid " + missing, null);
        }
        return resource;
    }

    private static String jsonPath(JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "?";
    }

    /** The fields the Kubernetes API requires of the objects used here (its OpenAPI "required" lists and name rules). */
    private static void requiredFields(HasMetadata resource, List<String> missing) {
        String name = resource.getMetadata() == null ? null : resource.getMetadata().getName();
        require(missing, "metadata.name", name != null && DNS_1123_LABEL.matcher(name).matches());
        if (resource instanceof Deployment d) {
            require(missing, "spec.selector", d.getSpec() != null && d.getSpec().getSelector() != null);
            require(missing, "spec.template", d.getSpec() != null && d.getSpec().getTemplate() != null);
            PodSpec pod = d.getSpec() == null || d.getSpec().getTemplate() == null ? null : d.getSpec().getTemplate().getSpec();
            require(missing, "spec.template.spec.containers", pod != null && pod.getContainers() != null && !pod.getContainers().isEmpty());
            if (pod != null && pod.getContainers() != null) {
                podFields(pod, missing);
            }
        } else if (resource instanceof Service s) {
            require(missing, "spec.ports", s.getSpec() != null && s.getSpec().getPorts() != null && !s.getSpec().getPorts().isEmpty());
            if (s.getSpec() != null && s.getSpec().getPorts() != null) {
                s.getSpec().getPorts().forEach(p -> require(missing, "spec.ports[].port", p.getPort() != null));
            }
        } else if (resource instanceof PodDisruptionBudget p) {
            require(missing, "spec.selector", p.getSpec() != null && p.getSpec().getSelector() != null);
        } else if (resource instanceof HorizontalPodAutoscaler h) {
            var spec = h.getSpec();
            require(missing, "spec.maxReplicas", spec != null && spec.getMaxReplicas() != null);
            require(missing, "spec.scaleTargetRef.kind/name", spec != null && spec.getScaleTargetRef() != null
                    && spec.getScaleTargetRef().getKind() != null && spec.getScaleTargetRef().getName() != null);
            if (spec != null && spec.getMetrics() != null) {
                spec.getMetrics().forEach(m -> require(missing, "spec.metrics[].type", m.getType() != null));
            }
        } else if (resource instanceof ConfigMap c) {
            keys(c.getData(), "data", missing);
            keys(c.getBinaryData(), "binaryData", missing);
        } else if (resource instanceof Secret s) {
            keys(s.getData(), "data", missing);
            keys(s.getStringData(), "stringData", missing);
        }
    }

    private static void podFields(PodSpec pod, List<String> missing) {
        for (Container c : pod.getContainers()) {
            String at = "containers[" + c.getName() + "]";
            require(missing, "containers[].name", c.getName() != null && DNS_1123_LABEL.matcher(c.getName()).matches());
            require(missing, at + ".image", c.getImage() != null && !c.getImage().isBlank());
            if (c.getPorts() != null) {
                c.getPorts().forEach(p -> require(missing, at + ".ports[].containerPort", p.getContainerPort() != null));
            }
            if (c.getVolumeMounts() != null) {
                c.getVolumeMounts().forEach(m -> require(missing, at + ".volumeMounts[].name/mountPath (a volume of the pod)", m.getMountPath() != null
                        && pod.getVolumes() != null && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()))));
            }
            if (c.getEnvFrom() != null) {
                for (EnvFromSource from : c.getEnvFrom()) {
                    require(missing, at + ".envFrom[] (one of configMapRef, secretRef)", (from.getConfigMapRef() == null) != (from.getSecretRef() == null));
                }
            }
            Stream.of(c.getReadinessProbe(), c.getLivenessProbe(), c.getStartupProbe()).filter(p -> p != null && p.getHttpGet() != null)
                    .forEach(p -> require(missing, at + " probe httpGet.port", p.getHttpGet().getPort() != null));
        }
        if (pod.getVolumes() != null) {
            pod.getVolumes().forEach(v -> require(missing, "volumes[].name", v.getName() != null && DNS_1123_LABEL.matcher(v.getName()).matches()));
        }
        if (pod.getTopologySpreadConstraints() != null) {
            pod.getTopologySpreadConstraints().forEach(t -> require(missing, "topologySpreadConstraints[].maxSkew/topologyKey/whenUnsatisfiable",
                    t.getMaxSkew() != null && t.getTopologyKey() != null && t.getWhenUnsatisfiable() != null));
        }
    }

    private static void keys(Map<String, String> entries, String field, List<String> missing) {
        if (entries != null) {
            entries.keySet().forEach(key -> require(missing, field + "." + key + " (a valid key)", CONFIG_KEY.matcher(key).matches()));
        }
    }

    private static void require(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }

    /**
     * Strict as the API server: no unknown field (any-setters dropped), no duplicate key, no "3" for an integer
     * and no 3 for a string.
     */
    private static ObjectMapper strictYaml() {
        SimpleModule noAdditionalProperties = new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
                if (bean.getBeanClass().getName().startsWith("io.fabric8.kubernetes.")) {
                    builder.setAnySetter(null);
                }
                return builder;
            }
        });
        ObjectMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(noAdditionalProperties)
                .build();
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && !f.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted().toList();
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static <T extends HasMetadata> T manifest(String file, Class<T> type) throws IOException {
        return type.cast(read(file, tree(K8S.resolve(file))));
    }

    private static ObjectNode at(ObjectNode manifest, String pointer) {
        return (ObjectNode) manifest.at(pointer);
    }

    private static Container serviceContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("care-decisions")).findFirst().orElseThrow();
    }

    private static Volume volume(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> emptyDirMounts(Deployment deployment) {
        return serviceContainer(deployment).getVolumeMounts().stream()
                .filter(m -> volume(deployment, m.getName()).getEmptyDir() != null).map(VolumeMount::getMountPath).collect(Collectors.toSet());
    }

    private static String probe(Probe probe) {
        return probe.getHttpGet().getPort().getStrVal() + " " + probe.getHttpGet().getPath();
    }

    /** What the container sees: the image's environment, then the settings ConfigMap, then the Secret (later wins, as envFrom does). */
    private static Map<String, Object> podEnvironment() throws IOException {
        Map<String, Object> env = new LinkedHashMap<>(Jib.fromPom().environment());
        env.putAll(manifest("settings.yaml", ConfigMap.class).getData());
        env.putAll(manifest("secret.yaml", Secret.class).getStringData());
        return env;
    }

    /** Named as the real one: only a source of that name gets the mapping that binds FOO_0_BAR as the list element foo[0].bar. */
    private static Binder binder(Map<String, Object> environment) {
        return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
    }

    /** Password-like entries holding anything but the placeholder (after an optional {id} prefix). */
    private static List<String> plaintextPasswords(Map<String, String> stringData) {
        return stringData.entrySet().stream()
                .filter(e -> e.getKey().toUpperCase().contains("PASSWORD") && !e.getValue().replaceFirst("^\\{[a-z0-9]+}", "").equals(PLACEHOLDER))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** kubectl create configmap --from-file=DIR: each regular file a key, UTF-8 text under data, anything else base64 under binaryData. */
    private static ObjectNode tablesConfigMapAsKubectlMakesIt(String name) throws IOException {
        ObjectNode map = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        map.putObject("metadata").put("name", name);
        ObjectNode data = map.putObject("data");
        ObjectNode binaryData = map.putObject("binaryData");
        try (Stream<Path> files = Files.list(ROOT.resolve("decision-tables"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    data.put(file.getFileName().toString(), StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException binary) {
                    binaryData.put(file.getFileName().toString(), Base64.getEncoder().encodeToString(bytes));
                }
            }
        }
        return map;
    }

    /** kustomization.yaml, with only the fields it is meant to use (an unknown one fails to read). */
    record Kustomization(String apiVersion, String kind, List<Label> labels, List<String> resources, List<Image> images) {
        record Label(Map<String, String> pairs) {}

        record Image(String name, String newName, String newTag) {}
    }

    /** The jib-maven-plugin's configuration in service/pom.xml. */
    record Jib(boolean boundToAPhase, String baseImage, String user, List<String> ports, Map<String, String> environment,
               Map<String, String> extraDirectories) {

        static Jib fromPom() {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element pom = factory.newDocumentBuilder().parse(ROOT.resolve("service/pom.xml").toFile()).getDocumentElement();
                Element plugin = childElements(child(child(pom, "build"), "plugins"), "plugin").stream().filter(p -> "jib-maven-plugin".equals(text(child(p, "artifactId")))).findFirst()
                        .orElseThrow(() -> new AssertionError("no jib-maven-plugin in service/pom.xml"));
                Element config = child(plugin, "configuration");
                Element container = child(config, "container");
                Map<String, String> environment = new LinkedHashMap<>();
                childElements(child(container, "environment"), null).forEach(e -> environment.put(e.getTagName(), text(e)));
                Map<String, String> extra = new LinkedHashMap<>();
                childElements(child(child(config, "extraDirectories"), "paths"), "path").forEach(p ->
                        extra.put(text(child(p, "from")).replace("${project.basedir}/", ""), text(child(p, "into"))));
                return new Jib(child(plugin, "executions") != null, text(child(child(config, "from"), "image")), text(child(container, "user")),
                        childElements(child(container, "ports"), "port").stream().map(Jib::text).toList(), environment, extra);
            } catch (Exception e) {
                throw new AssertionError("cannot read the jib configuration in service/pom.xml", e);
            }
        }

        private static Element child(Element parent, String name) {
            return parent == null ? null : childElements(parent, name).stream().findFirst().orElse(null);
        }

        private static List<Element> childElements(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            if (parent != null) {
                for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                        found.add(e);
                    }
                }
            }
            return found;
        }

        private static String text(Element e) {
            return e == null ? null : e.getTextContent().trim();
        }
    }
}
