package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.common.ConflictException;
import uk.caredecisions.service.common.RuleSetUnavailableException;
import uk.caredecisions.service.common.ServiceProperties;
import uk.caredecisions.service.common.StoreUnavailableException;
import uk.caredecisions.service.store.EmbeddedPostgresServer;
import uk.caredecisions.service.store.PostgresVersionStore;

/**
 * The rule-set store against a real PostgreSQL (the embedded binaries): each "replica" here is a
 * library and publisher of its own on the one database, as two service instances would be.
 */
class PostgresStoreTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static EmbeddedPostgresServer postgres;

    @TempDir
    Path noScenarios;
    @TempDir
    Path oldFolder;

    private DataSource dataSource;
    private JdbcTemplate sql;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresServer.start(null, 0);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void emptyDatabase() {
        postgres.start();
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        sql = new JdbcTemplate(dataSource);
        sql.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    private record Replica(RuleSets ruleSets, RuleSetPublisher publisher, PostgresVersionStore store) {
        RuleSetHealth health() {
            return new RuleSetHealth(ruleSets, new SimpleMeterRegistry());
        }
    }

    private Replica replica(boolean secondApprover) {
        return replica(secondApprover, null);
    }

    private Replica replica(boolean secondApprover, PostgresVersionStore.LegacyFolder legacy) {
        ServiceProperties service = new ServiceProperties(Http.tables(), 262_144, 33_554_432, 67_108_864, "Europe/London",
                new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSets ruleSets = new RuleSets(service, new SimpleMeterRegistry(), CLOCK);
        RuleSetProperties properties = new RuleSetProperties(oldFolder, noScenarios, new RuleSetProperties.Watch(false, Duration.ofSeconds(5)),
                RuleSetProperties.Limits.DEFAULT, 10, secondApprover);
        PostgresVersionStore store = new PostgresVersionStore(dataSource, CLOCK, "test PostgreSQL", legacy);
        return new Replica(ruleSets, new RuleSetPublisher(ruleSets, properties, store), store);
    }

    private static byte[] minimumFluctuation(int days) {
        return Http.withCell(Http.adultWorkbook(), "Settings", "C9", days);
    }

    /**
     * Seen once in twenty convergence rounds: a replica read the store's change number, another
     * replica's activation committed, and the rest of the read saw it active. The replica then
     * decided under that version while believing it had seen less, and the next activation through
     * it was refused as "activated meanwhile". The whole read is now one snapshot.
     */
    @Test
    void whatAReplicaReadsOfTheStoreIsOneMomentEvenWhenAnActivationCommitsHalfwayThrough() {
        Replica first = replica(false);
        first.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of(), Set.of(), "lead-a");
        java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
        DataSource racing = afterHeadIsRead(dataSource, () -> {
            if (raced.compareAndSet(false, true)) {
                first.publisher().activate("2027.1.1", "lead-b");
            }
        });
        var contents = new PostgresVersionStore(racing, CLOCK, "test PostgreSQL", null).load();

        assertThat(raced).isTrue();
        boolean activeInTheRead = contents.versions().stream().anyMatch(v -> v.version().equals("2027.1.1") && v.published());
        long activation = first.store().head();
        assertThat(contents.head() >= activation).as("the change number read (%d) goes with what was read (active: %s; activated at %d)",
                contents.head(), activeInTheRead, activation).isEqualTo(activeInTheRead);
    }

    /** A data source whose connections run {@code hook} just after each read of the store's change number. */
    private static DataSource afterHeadIsRead(DataSource real, Runnable hook) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    return result instanceof java.sql.Connection c ? hooked(c, hook) : result;
                });
    }

    private static java.sql.Connection hooked(java.sql.Connection real, Runnable hook) {
        return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (result instanceof java.sql.Statement statement && !(result instanceof java.sql.PreparedStatement)) {
                        return java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {java.sql.Statement.class},
                                (p, m, a) -> {
                                    Object r = m.invoke(statement, a);
                                    if (m.getName().equals("executeQuery") && String.valueOf(a[0]).contains("max(seq), 0) FROM rule_set_event")) {
                                        hook.run();
                                    }
                                    return r;
                                });
                    }
                    return result;
                });
    }

    @Test
    void migrationsCreateTheSchemaAndStagingsAndActivationsSurviveARestartWithWhoAndWhen() {
        Replica first = replica(false);
        first.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        first.publisher().stage("2027.4.1", LocalDate.of(2027, 4, 1), Map.of(), Set.of(), "lead-a");
        first.publisher().activate("2027.1.1", "lead-b");

        assertThat(sql.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class)).containsExactly("1", "2", "3", "4");
        assertThat(sql.queryForList("SELECT action || ' ' || version || ' by ' || actor FROM rule_set_event ORDER BY seq", String.class))
                .containsExactly("STAGED 2027.1.1 by lead-a", "STAGED 2027.4.1 by lead-a", "ACTIVATED 2027.1.1 by lead-b");

        Replica restarted = replica(false);
        assertThat(restarted.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(restarted.ruleSets().library().status("2027.4.1", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);
        assertThat(restarted.ruleSets().library().version("2027.1.1").orElseThrow().sha256())
                .isEqualTo(first.ruleSets().library().version("2027.1.1").orElseThrow().sha256());
        StoredVersion.Provenance who = restarted.publisher().provenance("2027.1.1");
        assertThat(who.stagedBy()).isEqualTo("lead-a");
        assertThat(who.activatedBy()).isEqualTo("lead-b");
        assertThat(who.activatedAt()).isEqualTo(CLOCK.instant());
        assertThat(restarted.publisher().provenance("2027.4.1").activatedBy()).isNull();
    }

    @Test
    void aWorkbookAlteredInTheDatabaseRefusesThatVersionNamingItAndTheServiceIsNotReady() {
        Replica first = replica(false);
        first.publisher().stage("2026.11.1", LocalDate.of(2026, 11, 1), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        first.publisher().activate("2026.11.1", "lead-a");
        sql.update("UPDATE rule_set_workbook SET content = ? WHERE version = '2026.11.1' AND name = 'adult-eligibility.drl.xlsx'",
                (Object) minimumFluctuation(1));

        Replica restarted = replica(false);
        var health = restarted.health().health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("2026.11.1", "adult-eligibility.drl.xlsx", "sha256");
        assertThatThrownBy(() -> restarted.ruleSets().inForceOn(TODAY)).isInstanceOf(RuleSetUnavailableException.class);
        assertThat(restarted.ruleSets().inForceOn(LocalDate.of(2026, 10, 31)).version()).as("before it, the bundled set").isEqualTo("2026.12.2");
    }

    @Test
    void theOldStoreFolderIsImportedOnceOnTheFirstStartAndVersionsAlteredOnDiskAreLeftOut() throws Exception {
        RuleSetStore folder = new RuleSetStore(oldFolder, CLOCK);
        Replica legacyRun = new Replica(null, new RuleSetPublisher(replica(false).ruleSets(), new RuleSetProperties(oldFolder, noScenarios,
                new RuleSetProperties.Watch(false, Duration.ofSeconds(5)), RuleSetProperties.Limits.DEFAULT, 10), folder), null);
        legacyRun.publisher().stage("2027.2.1", LocalDate.of(2027, 2, 1), Map.of(), Set.of(), "lead-a");
        legacyRun.publisher().activate("2027.2.1", "lead-b");
        legacyRun.publisher().stage("2027.3.1", LocalDate.of(2027, 3, 1), Map.of(), Set.of(), "lead-a");
        legacyRun.publisher().stage("2027.5.1", LocalDate.of(2027, 5, 1), Map.of(), Set.of(), "lead-a");
        java.nio.file.Files.write(oldFolder.resolve("2027.5.1").resolve("calendar.drl.xlsx"), new byte[] {1, 2, 3});
        sql.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");

        var legacy = new PostgresVersionStore.LegacyFolder(oldFolder.toString(), () -> folder.load().versions());
        Replica first = replica(false, legacy);
        assertThat(first.ruleSets().library().status("2027.2.1", TODAY)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(first.ruleSets().library().status("2027.3.1", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);
        assertThat(first.ruleSets().knows("2027.5.1")).as("its files do not match their sha256").isFalse();
        assertThat(first.publisher().provenance("2027.2.1").activatedBy()).isEqualTo("lead-b");
        int events = sql.queryForObject("SELECT count(*) FROM rule_set_event", Integer.class);

        legacyRun.publisher().stage("2027.6.1", LocalDate.of(2027, 6, 1), Map.of(), Set.of(), "lead-a");
        Replica second = replica(false, legacy);
        assertThat(sql.queryForObject("SELECT count(*) FROM rule_set_event", Integer.class)).as("imported once only").isEqualTo(events);
        assertThat(second.ruleSets().knows("2027.6.1")).isFalse();
        assertThat(second.ruleSets().knows("2027.2.1")).isTrue();
    }

    @Test
    void aReplicaTakesUpWhatAnotherStagedAndActivated() {
        Replica a = replica(false);
        Replica b = replica(false);
        a.publisher().stage("2026.11.2", LocalDate.of(2026, 11, 2), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        assertThat(b.ruleSets().knows("2026.11.2")).isFalse();
        assertThat(b.publisher().refresh()).isEqualTo(1);
        assertThat(b.ruleSets().library().status("2026.11.2", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);
        assertThat(b.ruleSets().inForceOn(TODAY).version()).isEqualTo("2026.12.2");

        a.publisher().activate("2026.11.2", "lead-a");
        assertThat(b.publisher().refresh()).isEqualTo(1);
        assertThat(b.ruleSets().inForceOn(TODAY).version()).isEqualTo("2026.11.2");
        assertThat(b.ruleSets().inForceOn(TODAY).sha256()).isEqualTo(a.ruleSets().inForceOn(TODAY).sha256());
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2026, 11, 1)).version()).as("asOf before it").isEqualTo("2026.12.2");
        assertThat(b.publisher().refresh()).as("nothing new").isZero();
    }

    @Test
    void aDateChosenAtActivationIsRecordedAndAnotherReplicaAndARestartDecideFromIt() {
        Replica a = replica(false);
        Replica b = replica(false);
        a.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        assertThat(b.publisher().refresh()).as("staged on b too, with its staged date").isEqualTo(1);
        String sha = a.ruleSets().library().version("2027.1.1").orElseThrow().sha256();

        a.publisher().activate("2027.1.1", "lead-b", LocalDate.of(2027, 3, 1));

        assertThat(a.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(a.ruleSets().inForceOn(LocalDate.of(2027, 2, 28)).version()).as("the day before the date chosen").isEqualTo("2026.12.2");
        assertThat(a.ruleSets().inForceOn(LocalDate.of(2027, 1, 1)).version()).as("the date it was staged with").isEqualTo("2026.12.2");
        assertThat(a.ruleSets().inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2027.1.1");
        assertThat(sql.queryForObject("SELECT effective_from FROM rule_set_version WHERE version = '2027.1.1'", LocalDate.class))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(sql.queryForList("SELECT action || ' ' || coalesce(effective_from::text, '-') FROM rule_set_event WHERE version = '2027.1.1' ORDER BY seq",
                String.class)).containsExactly("STAGED 2027-01-01", "ACTIVATED 2027-03-01");

        assertThat(b.publisher().refresh()).isEqualTo(1);
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2027, 2, 28)).version()).as("the other replica, the day before").isEqualTo("2026.12.2");
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2027.1.1");
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2027, 3, 1)).sha256()).isEqualTo(sha);

        Replica restarted = replica(false);
        assertThat(restarted.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(restarted.ruleSets().inForceOn(LocalDate.of(2027, 2, 28)).version()).isEqualTo("2026.12.2");
        assertThat(restarted.ruleSets().inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2027.1.1");
        assertThat(restarted.ruleSets().inForceOn(LocalDate.of(2027, 3, 1)).sha256()).as("the sha256 covers the workbooks, not the date").isEqualTo(sha);
        StoredVersion.Provenance who = restarted.publisher().provenance("2027.1.1");
        assertThat(List.of(who.stagedBy(), who.activatedBy())).containsExactly("lead-a", "lead-b");
        assertThat(who.stagedFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(who.activatedFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anActivationDateBeforeTodayIsRefusedNamingEffectiveFromAndNothingIsRecorded() {
        Replica a = replica(false);
        a.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of(), Set.of(), "lead-a");

        assertThatThrownBy(() -> a.publisher().activate("2027.1.1", "lead-a", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(uk.caredecisions.common.InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(uk.caredecisions.common.FieldError::field).containsExactly("effectiveFrom"));
        assertThatThrownBy(() -> a.publisher().activate("2027.1.1", "lead-a", LocalDate.of(2101, 1, 1)))
                .isInstanceOf(uk.caredecisions.common.InvalidRequestException.class);
        assertThat(a.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);
        assertThat(sql.queryForObject("SELECT count(*) FROM rule_set_event WHERE action = 'ACTIVATED'", Integer.class)).isZero();
    }

    @Test
    void ofTwoActivationsMadeAtOnceThroughTwoReplicasOneWinsAndTheOtherIsAConflict() throws Exception {
        Replica a = replica(false);
        a.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of(), Set.of(), "lead-a");
        a.publisher().stage("2027.1.2", LocalDate.of(2027, 1, 1), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        Replica b = replica(false);
        CyclicBarrier together = new CyclicBarrier(2);
        var onA = CompletableFuture.supplyAsync(() -> activateAfter(together, a, "2027.1.1", "lead-a"));
        var onB = CompletableFuture.supplyAsync(() -> activateAfter(together, b, "2027.1.2", "lead-b"));
        List<String> outcomes = List.of(onA.get(), onB.get());

        assertThat(outcomes).containsExactlyInAnyOrder("ACTIVATED", "CONFLICT");
        assertThat(sql.queryForObject("SELECT count(*) FROM rule_set_event WHERE action = 'ACTIVATED'", Integer.class)).isEqualTo(1);
        a.publisher().refresh();
        b.publisher().refresh();
        String winner = outcomes.get(0).equals("ACTIVATED") ? "2027.1.1" : "2027.1.2";
        assertThat(a.ruleSets().inForceOn(LocalDate.of(2027, 1, 1)).version()).isEqualTo(winner);
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2027, 1, 1)).version()).isEqualTo(winner);

        String loser = winner.equals("2027.1.1") ? "2027.1.2" : "2027.1.1";
        Replica loserReplica = winner.equals("2027.1.1") ? b : a;
        loserReplica.publisher().activate(loser, "lead-c");
        a.publisher().refresh();
        b.publisher().refresh();
        assertThat(a.ruleSets().inForceOn(LocalDate.of(2027, 1, 1)).version()).as("activated again, after seeing the winner").isEqualTo(loser);
        assertThat(b.ruleSets().inForceOn(LocalDate.of(2027, 1, 1)).version()).isEqualTo(loser);
    }

    private static String activateAfter(CyclicBarrier together, Replica replica, String version, String lead) {
        try {
            together.await();
            replica.publisher().activate(version, lead);
            return "ACTIVATED";
        } catch (ConflictException e) {
            return "CONFLICT";
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void withTheDatabaseDownDecisionsGoOnAndPublishingIsRefusedWithNothingHalfWritten() {
        Replica a = replica(false);
        a.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of(), Set.of(), "lead-a");
        postgres.stop();
        try {
            assertThatThrownBy(() -> a.publisher().stage("2027.2.1", LocalDate.of(2027, 2, 1), Map.of(), Set.of(), "lead-a"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThat(a.ruleSets().knows("2027.2.1")).as("not staged here either").isFalse();
            assertThatThrownBy(() -> a.publisher().activate("2027.1.1", "lead-a")).isInstanceOf(StoreUnavailableException.class);
            assertThat(a.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);
            assertThat(a.ruleSets().inForceOn(TODAY).version()).as("decisions go on").isEqualTo("2026.12.2");
            assertThat(a.health().health().getStatus()).isEqualTo(Status.UP);
        } finally {
            postgres.start();
        }
        a.publisher().stage("2027.2.1", LocalDate.of(2027, 2, 1), Map.of(), Set.of(), "lead-a");
        a.publisher().activate("2027.1.1", "lead-a");
        assertThat(sql.queryForList("SELECT version FROM rule_set_version ORDER BY version", String.class)).containsExactly("2027.1.1", "2027.2.1");
    }

    @Test
    void withTheDatabaseDownAtStartTheReplicaDecidesNothingAndIsNotReadyUntilItIsBack() {
        replica(false).publisher().stage("2026.11.3", LocalDate.of(2026, 11, 3), Map.of("adult-eligibility.drl.xlsx", minimumFluctuation(21)), Set.of(), "lead-a");
        Replica first = replica(false);
        first.publisher().activate("2026.11.3", "lead-a");
        postgres.stop();
        Replica starting;
        try {
            starting = replica(false);
            assertThat(starting.health().health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(starting.health().health().getDetails().get("reason").toString()).contains("rule-set store", "has not been read");
            assertThatThrownBy(() -> starting.ruleSets().inForceOn(TODAY)).isInstanceOf(RuleSetUnavailableException.class)
                    .as("never the bundled 2026.12.2 in place of what is in force");
            assertThatThrownBy(() -> starting.publisher().refresh()).isInstanceOf(StoreUnavailableException.class);
        } finally {
            postgres.start();
        }
        starting.publisher().refresh();
        assertThat(starting.health().health().getStatus()).isEqualTo(Status.UP);
        assertThat(starting.ruleSets().inForceOn(TODAY).version()).isEqualTo("2026.11.3");
    }

    @Test
    void withASecondApproverRequiredTheOneWhoStagedCannotApproveAndActivationWaitsForAnother() {
        Replica a = replica(true);
        a.publisher().stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of(), Set.of(), "lead-a");
        assertThatThrownBy(() -> a.publisher().activate("2027.1.1", "lead-a")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("second practice lead");
        assertThatThrownBy(() -> a.publisher().approve("2027.1.1", "lead-a")).isInstanceOf(SelfApprovalException.class);
        assertThat(a.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.STAGED);

        var approval = a.publisher().approve("2027.1.1", "lead-b");
        assertThat(approval.approvedBy()).isEqualTo("lead-b");
        assertThat(approval.stagedBy()).isEqualTo("lead-a");
        a.publisher().activate("2027.1.1", "lead-a");
        assertThat(a.ruleSets().library().status("2027.1.1", TODAY)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        StoredVersion.Provenance who = replica(true).publisher().provenance("2027.1.1");
        assertThat(List.of(who.stagedBy(), who.approvedBy(), who.activatedBy())).containsExactly("lead-a", "lead-b", "lead-a");

        Replica noApprover = replica(false);
        noApprover.publisher().stage("2027.2.1", LocalDate.of(2027, 2, 1), Map.of(), Set.of(), "lead-a");
        noApprover.publisher().activate("2027.2.1", "lead-a");
        assertThat(noApprover.ruleSets().library().status("2027.2.1", TODAY)).as("the setting off: no approval needed").isEqualTo(RuleSetLibrary.Status.SCHEDULED);
    }
}
