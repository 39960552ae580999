package uk.caredecisions.service.rulesets;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port with the real workbooks, a fixed scenario library for the
 * publish gate and a fresh rule-set store. Test classes carrying it share one application context:
 * use it for any new integration test rather than a configuration of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caredecisions.tables-dir=${repo.root}/decision-tables",
        "caredecisions.rulesets.scenarios-dir=${repo.root}/service/src/test/resources/lifecycle-scenarios",
        "caredecisions.rulesets.store-dir=${repo.root}/service/target/rulesets-store/${random.uuid}",
        // The local users, plus one the sign-in tests may lock out without locking out anyone else's tests.
        "caredecisions.security.users[0].username=case-system", "caredecisions.security.users[0].password={noop}case-system-secret",
        "caredecisions.security.users[0].roles=CLIENT",
        "caredecisions.security.users[1].username=trainer", "caredecisions.security.users[1].password={noop}trainer-secret",
        "caredecisions.security.users[1].roles=TRAINER",
        "caredecisions.security.users[2].username=practice-lead", "caredecisions.security.users[2].password={noop}practice-lead-secret",
        "caredecisions.security.users[2].roles=PRACTICE_LEAD,CLIENT",
        "caredecisions.security.users[3].username=lockout-test", "caredecisions.security.users[3].password={noop}lockout-test-secret",
        "caredecisions.security.users[3].roles=CLIENT",
        "caredecisions.security.users[4].username=auditor", "caredecisions.security.users[4].password={noop}auditor-secret",
        "caredecisions.security.users[4].roles=AUDITOR",
        // A second practice lead, to approve what the first staged.
        "caredecisions.security.users[5].username=second-lead", "caredecisions.security.users[5].password={noop}second-lead-secret",
        "caredecisions.security.users[5].roles=PRACTICE_LEAD"})
@Tag("date-sensitive")
public @interface LifecycleIntegrationTest {}
