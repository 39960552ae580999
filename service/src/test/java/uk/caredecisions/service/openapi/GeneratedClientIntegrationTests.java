package uk.caredecisions.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * A Java client generated from the served {@code /v3/api-docs} by openapi-generator (its own jar,
 * its own JVM; it also validates the spec), compiled here, and used against the running service:
 * every decision endpoint, a typed batch, the waiting list, the JSON scenario report, the impact
 * between versions, and a 400 whose problem names the field.
 */
@Tag("slow")
@LifecycleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientIntegrationTests {

    private static final Path WORK = Path.of("service", "target", "generated-client");
    private static final String PACKAGE = "uk.caredecisions.client";

    @LocalServerPort
    int port;

    private URLClassLoader loader;
    private Object apiClient;
    private ObjectMapper mapper;

    @BeforeAll
    void generateAndCompile() throws Exception {
        Http.Response spec = new Http(port).get("/v3/api-docs", null);
        assertThat(spec.status()).isEqualTo(200);
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path specFile = Files.writeString(WORK.resolve("api-docs.json"), spec.body());
        Path source = WORK.resolve("source");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process generator = new ProcessBuilder(java, "-jar", Path.of("service", "target", "tools", "openapi-generator-cli.jar").toString(),
                "generate", "-i", specFile.toString(), "-g", "java", "--library", "native", "-o", source.toString(),
                "--api-package", PACKAGE + ".api", "--model-package", PACKAGE + ".model", "--invoker-package", PACKAGE,
                "--additional-properties=openApiNullable=false,useJakartaEe=true,hideGenerationTimestamp=true",
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("generator.log").toFile()).start();
        assertThat(generator.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(generator.exitValue()).as(Files.readString(WORK.resolve("generator.log"))).isZero();

        List<File> sources;
        try (Stream<Path> files = Files.walk(source.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        Path classes = Files.createDirectories(WORK.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn"),
                    null, files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(compiled).as("the generated client compiles: %s", diagnostics.getDiagnostics()).isTrue();
        }
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        apiClient = loader.loadClass(PACKAGE + ".ApiClient").getConstructor().newInstance();
        apiClient.getClass().getMethod("updateBaseUri", String.class).invoke(apiClient, "http://localhost:" + port);
        String basic = "Basic " + Base64.getEncoder().encodeToString(Http.LEAD.getBytes(StandardCharsets.UTF_8));
        Consumer<HttpRequest.Builder> signIn = request -> request.header("Authorization", basic);
        apiClient.getClass().getMethod("setRequestInterceptor", Consumer.class).invoke(apiClient, signIn);
        mapper = (ObjectMapper) apiClient.getClass().getMethod("getObjectMapper").invoke(apiClient);
    }

    @Test
    void everyDecisionEndpointAnswersThroughTheGeneratedClient() throws Exception {
        JsonNode adult = call("decideAdultEligibility", """
                {"caseReference": "GEN-1", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES"}""");
        assertThat(adult.path("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(adult.path("decisionType").asText()).isEqualTo("ADULT_ELIGIBILITY");
        assertThat(adult.path("ruleSet").path("sha256").asText()).hasSize(64);

        JsonNode carer = call("decideCarerEligibility", """
                {"providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO",
                 "outcomes": {"HABITABLE_HOME": {"significantPainDistressOrAnxiety": true}, "CARING_FOR_A_CHILD": {"significantPainDistressOrAnxiety": true}},
                 "significantImpactOnWellbeing": "YES"}""");
        assertThat(carer.path("decisionType").asText()).isEqualTo("CARER_ELIGIBILITY");
        assertThat(carer.path("outcome").asText()).isIn("ELIGIBLE", "NOT_ELIGIBLE");

        JsonNode concern = call("screenSafeguardingConcern", """
                {"receivedAt": "2026-11-20T16:40:00Z", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
                 "unableToProtectSelf": "YES", "abuseTypes": ["SEXUAL"], "harm": "SERIOUS", "mentalCapacity": "LACKS_CAPACITY"}""");
        assertThat(concern.path("decisionType").asText()).isEqualTo("SAFEGUARDING_CONCERN");
        assertThat(concern.path("outcome").asText()).isIn("S42_ENQUIRY", "OTHER_ENQUIRY", "NO_ENQUIRY", "INSUFFICIENT_INFORMATION");

        JsonNode triage = call("triageContact", """
                {"contactReceivedAt": "2026-11-20T09:00:00Z", "routeOfAccess": "COMMUNITY", "personType": "ADULT"}""");
        assertThat(triage.path("outcome").asText()).isIn("CRITICAL", "HIGH", "MEDIUM", "LOW");
    }

    @Test
    void aTypedBatchAndTheWaitingListAnswerThroughTheGeneratedClient() throws Exception {
        JsonNode batch = call("decideTriageBatch", """
                {"requests": [{"contactReceivedAt": "2026-11-20T09:00:00Z", "routeOfAccess": "COMMUNITY", "personType": "ADULT"},
                              {"contactReceivedAt": "2026-11-20T09:00:00Z", "routeOfAccess": "COMMUNITY", "personType": "ADULT", "asOf": "2300-01-01"}]}""");
        assertThat(batch.path("results")).hasSize(2);
        assertThat(batch.path("results").get(0).path("decisionType").asText()).isEqualTo("TRIAGE");
        assertThat(batch.path("results").get(1).path("status").asInt()).isEqualTo(400);
        assertThat(batch.path("results").get(1).path("errors").get(0).path("field").asText()).isEqualTo("requests[1].asOf");

        JsonNode list = call("prioritiseWaitingList", """
                {"asOf": "2026-11-23", "cases": [{"caseReference": "W-1", "waitingSince": "2026-10-01", "lastContactAt": "2026-11-02",
                 "triage": {"routeOfAccess": "COMMUNITY", "personType": "ADULT"}}]}""");
        assertThat(list.path("cases")).hasSize(1);
    }

    @Test
    void theJsonScenarioReportAndTheImpactBetweenVersionsAreReachable() throws Exception {
        JsonNode report = call("runScenarios", "{\"tags\": [\"lifecycle\"], \"brief\": true}");
        assertThat(report.has("passed") || report.has("results")).as(report.toString()).isTrue();
        JsonNode sets = call("listRuleSets");
        String live = sets.isArray() ? sets.get(0).path("version").asText() : sets.path("ruleSets").get(0).path("version").asText();
        JsonNode impact = call("impactBetweenVersions", "{\"from\": \"" + live + "\", \"to\": \"" + live + "\"}");
        assertThat(impact.path("changed")).isEmpty();
    }

    @Test
    void aBadFieldIsAProblemTheClientCanRead() throws Exception {
        try {
            call("decideAdultEligibility", """
                    {"asOf": "2300-01-01", "needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES"}""");
            fail("a 400 was expected");
        } catch (InvocationTargetException e) {
            Object problem = e.getCause();
            assertThat(problem.getClass().getName()).isEqualTo(PACKAGE + ".ApiException");
            assertThat(problem.getClass().getMethod("getCode").invoke(problem)).isEqualTo(400);
            JsonNode body = mapper.readTree((String) problem.getClass().getMethod("getResponseBody").invoke(problem));
            assertThat(body.path("errors").findValuesAsText("field")).contains("asOf");
        }
    }

    /** Calls the generated operation of that id, its request read from JSON into the generated model; the answer as JSON. */
    private JsonNode call(String operationId, String... body) throws Exception {
        for (Class<?> api : apis()) {
            for (Method method : api.getMethods()) {
                if (method.getName().equals(operationId) && method.getParameterCount() == body.length) {
                    Object instance = api.getConstructor(apiClient.getClass()).newInstance(apiClient);
                    Object[] args = new Object[body.length];
                    for (int i = 0; i < body.length; i++) {
                        args[i] = mapper.readValue(body[i], method.getParameterTypes()[i]);
                    }
                    return mapper.valueToTree(method.invoke(instance, args));
                }
            }
        }
        throw new AssertionError("The generated client has no operation " + operationId);
    }

    private List<Class<?>> apis() throws IOException, ClassNotFoundException {
        List<Class<?>> apis = new ArrayList<>();
        Path folder = WORK.resolve("classes").resolve(PACKAGE.replace('.', '/')).resolve("api");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Api.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                apis.add(loader.loadClass(PACKAGE + ".api." + name));
            }
        }
        return apis;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
