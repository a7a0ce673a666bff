package org.civitas.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The demo desk in a real browser: the 汶川县 writer sends a submission, the office editor finds the
 * demo's near-duplicate flood reports in the inbox and on the submission page, and the unit list.
 * Every page passes the accessibility rules.
 */
@BrowserTesting
class DeskConsoleBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Test
    void aUnitSendsAndTheOfficeSeesNearDuplicates(Page page, Screenshots screenshots) {
        signIn(page, "desk.wenchuan");
        page.navigate("/admin/reporting/submissions");
        assertThat(page.locator("main")).containsText("汶川县启动冬春森林草原防灭火专项行动");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-unit-list");

        page.navigate("/admin/reporting/submissions/new");
        page.locator("#title").fill("汶川县开展冬季取暖安全检查");
        page.locator(".note-editable").click();
        page.keyboard().type("汶川县组织对城区和乡镇冬季取暖设施开展安全检查，发现隐患12处，已督促整改。");
        page.locator("#urgency").selectOption("URGENT");
        page.locator("#signer").fill("王县长");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-unit-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送单位负责人签发"))
                .click();
        assertThat(page.locator("main h1")).hasText("汶川县开展冬季取暖安全检查");
        assertThat(page.locator("main")).containsText("待签发");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-sent");
        signOut(page);

        signIn(page, "desk.editor");
        page.navigate("/admin/reporting/inbox?state=SUBMITTED");
        assertThat(page.locator("main")).containsText("国道213线映秀段发生泥石流交通中断");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("4-office-inbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("国道213线映秀段发生泥石流交通中断"))
                .click();
        assertThat(page.locator("main")).containsText("映秀镇暴雨引发泥石流致国道213线中断");
        assertThat(page.locator("main")).containsText("%");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("5-near-duplicates");

        page.navigate("/admin/reporting/units");
        assertThat(page.locator("main")).containsText("阿坝州人民医院");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("6-units");
    }

    private static void signIn(Page page, String username) {
        ConsoleSignIn.signIn(page, username, PASSWORD);
    }
}
