package org.civitas.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.follow;
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
 * The demo desk's commissions, leaders' instructions and scores in a real browser, as the office editor and the
 * 汶川县 writer see them. Every page passes the accessibility rules.
 */
@BrowserTesting
class DeskWorkBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Test
    void theOfficeFollowsCommissionsInstructionsAndScores(Page page, Screenshots screenshots) {
        signIn(page, "desk.editor");
        page.navigate("/admin/reporting/commissions");
        assertThat(page.locator("main")).containsText("一季度防汛备汛工作情况");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-commissions");
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("一季度防汛备汛工作情况")));
        assertThat(page.locator("main")).containsText("缺报");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-commission-closed");
        page.navigate("/admin/reporting/commissions/new");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-commission-form");

        page.navigate("/admin/reporting/instructions");
        assertThat(page.locator("main")).containsText("省政府分管领导");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("4-instructions");
        follow(page, page.locator("main table a").first());
        assertThat(page.locator("main")).containsText("批示");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("5-instruction");
        follow(page, page.locator("main dl a").first());
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("6-subject");

        page.navigate("/admin/reporting/instructions?level=PROVINCIAL");
        follow(page, page.locator("main table a").first());
        follow(page, page.locator("main dl a").first());
        assertThat(page.locator("main")).containsText("编入刊物");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("6b-adoption");

        page.navigate("/admin/reporting/scores?year=" + java.time.Year.now());
        assertThat(page.locator("main table")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("7-ranking");
        page.navigate("/admin/reporting/scores/rules");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("8-rules");
        signOut(page);

        signIn(page, "desk.wenchuan");
        page.navigate("/admin/reporting/commissions?mine");
        assertThat(page.locator("main")).containsText("本单位待报约稿");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("9-unit-commissions");
    }

    private static void signIn(Page page, String username) {
        ConsoleSignIn.signIn(page, username, PASSWORD);
    }
}
