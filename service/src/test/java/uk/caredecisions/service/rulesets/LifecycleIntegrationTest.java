package uk.caredecisions.service.rulesets;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port with the real workbooks, a fixed scenario library for the
 * publish gate and a fresh rule-set store. Test classes carrying it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caredecisions.tables-dir=${repo.root}/decision-tables",
        "caredecisions.rulesets.scenarios-dir=${repo.root}/service/src/test/resources/lifecycle-scenarios",
        "caredecisions.rulesets.store-dir=${repo.root}/service/target/rulesets-store/${random.uuid}"})
@Tag("date-sensitive")
@interface LifecycleIntegrationTest {}
