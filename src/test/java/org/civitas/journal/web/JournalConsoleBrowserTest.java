package org.civitas.journal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo information office in a real browser: journals, the edition list, a draft moved through
 * sign-off without JavaScript-only controls, and the forwards page, each passing the accessibility rules.
 */
@BrowserTesting
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civitas.demo.mode=always",
            "civitas.identity.admin-password=" + JournalConsoleBrowserTest.PASSWORD
        })
class JournalConsoleBrowserTest {

    static final String PASSWORD = "Browser#Journal-2026";

    @Test
    void theOfficeFindsItsJournalsCompilesAndSignsOffAnEdition(Page page, Screenshots screenshots) {
        ConsoleSignIn.signIn(page, "admin", PASSWORD);

        page.navigate("/admin/journals");
        assertThat(page.locator("main")).containsText("领导参阅");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-1-journals");

        page.navigate("/admin/editions");
        assertThat(page.locator("main")).containsText("每日信息");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-2-editions");

        page.navigate("/admin/editions?state=DRAFT");
        page.locator("main table a").first().click();
        assertThat(page.locator("main")).containsText("马尔康市开展城乡环境综合治理集中行动");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-3-draft");

        page.locator("main form[action$='/submit'] button").click();
        assertThat(page.locator("main")).containsText("年第3期");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-4-signed-off");

        page.navigate("/admin/forwards");
        Accessibility.assertNoSeriousViolations(page);
    }
}
