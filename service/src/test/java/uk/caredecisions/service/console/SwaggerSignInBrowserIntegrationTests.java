package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** An integrator in Swagger UI: Authorize with Basic, then "Try it out" answers 200 rather than 401. */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class SwaggerSignInBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    private static String tryListingRuleSets(Browser browser) throws InterruptedException {
        WebElement operation = browser.find(By.id("operations-Rule_sets-listRuleSets"));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        browser.find(By.cssSelector("#operations-Rule_sets-listRuleSets .try-out__btn")).click();
        browser.find(By.cssSelector("#operations-Rule_sets-listRuleSets .execute")).click();
        WebElement status = browser.find(By.cssSelector("#operations-Rule_sets-listRuleSets .live-responses-table .response .response-col_status"));
        for (int i = 0; i < 100 && status.getText().isBlank(); i++) {
            Thread.sleep(100);
        }
        return status.getText().trim();
    }

    @Test
    void afterAuthorizeWithBasicTryItOutAnswers() throws Exception {
        try (Browser browser = new Browser(port, "swagger")) {
            browser.open("/swagger-ui/index.html");
            browser.find(By.cssSelector(".information-container .title"));
            assertThat(browser.text()).contains("Care decisions API");
            // Unsigned, "Try it out" would meet the 401's WWW-Authenticate and the browser's own sign-in prompt (as it should):
            // that is SignInIntegrationTests' side of the boundary. Here: Authorize, then the same call answers.
            browser.find(By.cssSelector("button.authorize")).click();
            WebElement basic = browser.find(By.xpath("//div[contains(@class,'auth-container')][.//h4[starts-with(normalize-space(.), 'basic')]]"));
            basic.findElement(By.cssSelector("input[type=text]")).sendKeys("case-system");
            basic.findElement(By.cssSelector("input[type=password]")).sendKeys("case-system-secret");
            basic.findElement(By.cssSelector("button.authorize")).click();
            browser.find(By.xpath("//div[contains(@class,'auth-container')][.//h4[starts-with(normalize-space(.), 'basic')]]//button[contains(., 'Logout')]"));
            browser.screenshot("authorized");
            browser.find(By.cssSelector("button.btn-done")).click();
            assertThat(tryListingRuleSets(browser)).startsWith("200");
            browser.screenshot("try-it-out");
        }
    }
}
