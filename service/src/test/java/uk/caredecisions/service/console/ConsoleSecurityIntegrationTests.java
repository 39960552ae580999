package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * The console's sign-in over real HTTP: a form with a session and CSRF, practice leads and trainers
 * in, a case system's CLIENT user refused with a page; the API beside it still stateless Basic.
 */
@LifecycleIntegrationTest
class ConsoleSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorIsSentToTheSignInForm() throws Exception {
        ConsoleSession visitor = new ConsoleSession(port);

        HttpResponse<String> console = visitor.get("/console/rulesets");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        assertThat(visitor.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));

        HttpResponse<String> form = visitor.get("/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>", "name=\"_csrf\"", "Your council", "Care decisions")
                .doesNotContain("GDS Transport", "govuk-header__logotype", "crown");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe"));
    }

    @Test
    void signingInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        ConsoleSession visitor = new ConsoleSession(port);
        visitor.get("/sign-in");

        HttpResponse<String> forged = visitor.postForm("/sign-in", "username", "practice-lead", "password", "practice-lead-secret");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("The form was out of date", "Nothing was changed").doesNotContain("You cannot use this page");
        assertThat(visitor.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aPracticeLeadSignsInWithTheFormAndSignsOut() throws Exception {
        ConsoleSession lead = new ConsoleSession(port);

        HttpResponse<String> signedIn = lead.signIn("practice-lead", "practice-lead-secret");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));

        HttpResponse<String> home = lead.get("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Propose a change", "Signed in as <strong>practice-lead</strong>");

        HttpResponse<String> out = lead.postForm("/sign-out", "_csrf", ConsoleSession.csrf(home.body()));
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?signed-out"));
        assertThat(lead.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithAnErrorSummary() throws Exception {
        ConsoleSession visitor = new ConsoleSession(port);

        HttpResponse<String> refused = visitor.signIn("no-such-console-user", "guess");

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
        HttpResponse<String> form = visitor.get("/sign-in?error");
        assertThat(form.body()).contains("There is a problem", "href=\"#username\"", "Enter a correct user name and password");
        assertThat(visitor.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aCaseSystemUserIsRefusedTheConsoleWithAPage() throws Exception {
        ConsoleSession caseSystem = new ConsoleSession(port);
        caseSystem.signIn("case-system", "case-system-secret");

        HttpResponse<String> console = caseSystem.get("/console");

        assertThat(console.statusCode()).isEqualTo(403);
        assertThat(console.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(console.body()).contains("You cannot use this page", "govuk-heading-l");
        assertThat(caseSystem.get("/console/rulesets").statusCode()).isEqualTo(403);
    }

    @Test
    void aTrainerGetsInButMayNotProposeOrActivateAChange() throws Exception {
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");

        HttpResponse<String> home = trainer.get("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("Propose a change");
        assertThat(trainer.get("/console/rulesets").statusCode()).isEqualTo(200);
        assertThat(trainer.get("/console/changes/new").statusCode()).isEqualTo(403);
        assertThat(trainer.postForm("/console/rulesets/2026.12.2/activate", "_csrf", ConsoleSession.csrf(home.body())).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiIgnoresTheConsolesSessionAndTheConsoleIgnoresBasic() throws Exception {
        ConsoleSession lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");
        assertThat(lead.get("/console").statusCode()).isEqualTo(200);

        // The session cookie is no credential for the API: a page's cookie cannot be replayed against /v1.
        HttpResponse<String> api = lead.get("/v1/rulesets");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();

        ConsoleSession caseSystem = new ConsoleSession(port);
        HttpResponse<String> basic = caseSystem.getWithBasic("/v1/rulesets", "case-system:case-system-secret");
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().allValues("Set-Cookie")).isEmpty();
        // Basic is for the API: the console asks a person to sign in with the form.
        assertThat(caseSystem.getWithBasic("/console", "practice-lead:practice-lead-secret").statusCode()).isEqualTo(302);
    }
}
