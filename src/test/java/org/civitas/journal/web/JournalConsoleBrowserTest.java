package org.civitas.journal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo information office in a real browser: journals, the edition list, a draft sent for sign-off (送签)
 * and signed off by the office head {@code desk.head} from their task list, without JavaScript-only controls, and the forwards page, each passing the accessibility rules.
 */
@BrowserTesting
// an application of its own: the journey follows one edition through the office head's inbox and its number
// (年第3期), which editions that other browser tests send and release in the shared application would change
@TestPropertySource(properties = "civitas.test.application=journal-console")
class JournalConsoleBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

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

        String edition = page.url().replaceAll(".*/admin/editions/(\\d+).*$", "$1");
        page.locator("main form[action$='/submit'] button").click();
        // 送签 waits for the office head's decision
        assertThat(page.locator("main")).containsText("送签中");
        assertThat(page.locator("main")).not().containsText("年第3期");
        ConsoleSignIn.signOut(page);

        ConsoleSignIn.signIn(page, "desk.head", PASSWORD);
        // the newest edition task is the one just sent (other tests sharing the application send editions too)
        page.navigate("/admin/tasks?kind=edition");
        ConsoleSignIn.follow(
                page, page.locator("main td a[href^='/admin/tasks/']").first());
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-4-sign-off-task");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("通过"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.navigate("/admin/editions/" + edition);
        assertThat(page.locator("main")).containsText("年第3期");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("journal-5-signed-off");

        page.navigate("/admin/forwards");
        Accessibility.assertNoSeriousViolations(page);
    }
}
