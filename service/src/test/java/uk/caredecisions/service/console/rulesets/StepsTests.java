package uk.caredecisions.service.console.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.caredecisions.service.rulesets.StoredVersion;

/** When a version's page offers "Approve": only with the setting on, to a practice lead other than the one who staged it, once. */
class StepsTests {

    private static final Instant STAGED_AT = Instant.parse("2026-12-03T07:52:00Z");
    private static final StoredVersion.Provenance STAGED = StoredVersion.Provenance.of("lead-a", STAGED_AT, null, null, null, null);

    @Test
    void withTheSettingOnAnotherPracticeLeadMayApproveAStagedVersion() {
        Steps steps = Steps.of(STAGED, true, true, "lead-b", true);

        assertThat(steps.approvalRequired()).isTrue();
        assertThat(steps.mayApprove()).isTrue();
        assertThat(steps.staged()).isEqualTo(new Steps.Step("lead-a", "3 December 2026, 07:52"));
        assertThat(steps.approved().taken()).isFalse();
    }

    @Test
    void theOneWhoStagedItIsNotOfferedTheApproval() {
        assertThat(Steps.of(STAGED, true, true, "lead-a", true).mayApprove()).isFalse();
    }

    @Test
    void withTheSettingOffNobodyIsOfferedTheApprovalAndNoneIsAwaited() {
        Steps steps = Steps.of(STAGED, true, false, "lead-b", true);

        assertThat(steps.mayApprove()).isFalse();
        assertThat(steps.approvalRequired()).isFalse();
    }

    @Test
    void aTrainerAnApprovedVersionAndAnActiveOneAreNotOfferedIt() {
        assertThat(Steps.of(STAGED, true, true, "trainer", false).mayApprove()).isFalse();
        StoredVersion.Provenance approved = StoredVersion.Provenance.of("lead-a", STAGED_AT, "lead-b", STAGED_AT.plusSeconds(60), null, null);
        assertThat(Steps.of(approved, true, true, "lead-c", true).mayApprove()).isFalse();
        assertThat(Steps.of(approved, true, true, "lead-c", true).approved().by()).isEqualTo("lead-b");
        assertThat(Steps.of(STAGED, false, true, "lead-b", true).mayApprove()).isFalse();
    }

    @Test
    void summerTimesAreShownInTheCouncilsTimeAndAVersionWithNoRecordShowsNoOne() {
        StoredVersion.Provenance july = StoredVersion.Provenance.of("lead-a", Instant.parse("2026-07-01T09:00:00Z"), null, null, null, null);
        assertThat(Steps.of(july, true, false, "lead-b", true).staged().at()).isEqualTo("1 July 2026, 10:00");
        assertThat(Steps.of(null, false, false, "lead-b", true).staged().taken()).isFalse();
        assertThat(Steps.brief("lead-a", Instant.parse("2026-12-03T07:52:00Z"))).isEqualTo("lead-a, 3 Dec 2026 07:52");
    }
}
