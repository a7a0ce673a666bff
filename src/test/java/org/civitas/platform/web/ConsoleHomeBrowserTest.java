package org.civitas.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The console home (概览) in Chromium as five of the demo's jobs see it: each lands on a work page with what
 * waits for them, what they worked on and where their job starts, and the page passes every axe-core rule.
 */
@BrowserTesting
class ConsoleHomeBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Test
    void everyJobLandsOnItsWorkPage(Page page, Screenshots screenshots) {
        home(page, "admin");
        assertThat(link(page, "用户管理")).isVisible();
        assertThat(link(page, "网站")).isVisible();
        check(page, screenshots, "1-admin");

        home(page, "auditor");
        assertThat(link(page, "审计记录")).isVisible();
        assertThat(page.locator("main")).not().containsText("用户管理");
        check(page, screenshots, "2-auditor");

        home(page, "wenchuan.admin");
        assertThat(link(page, "用户管理")).isVisible();
        assertThat(page.locator("nav.civitas-sidebar")).not().containsText("栏目审核与索引号");
        check(page, screenshots, "3-wenchuan-admin");

        home(page, "desk.editor");
        assertThat(page.locator("main")).containsText("待处理的来稿");
        assertThat(link(page, "处理来稿")).isVisible();
        assertThat(link(page, "编刊")).isVisible();
        check(page, screenshots, "4-desk-editor");

        home(page, "desk.wenchuan");
        assertThat(page.locator("main")).containsText("本单位未报送的草稿");
        assertThat(page.locator("main")).containsText("最近处理");
        link(page, "报送信息").first().click();
        page.waitForURL("**/admin/reporting/submissions/new");
        assertThat(page.locator("main h1")).isVisible();
        page.navigate("/admin");
        check(page, screenshots, "5-desk-wenchuan");
    }

    private static void home(Page page, String username) {
        if (page.url().contains("/admin")) {
            ConsoleSignIn.signOut(page);
        }
        ConsoleSignIn.signIn(page, username, PASSWORD);
        page.navigate("/admin");
        assertThat(page.locator("main h1")).containsText("欢迎");
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(name)
                                .setExact(true));
    }

    private static void check(Page page, Screenshots screenshots, String name) {
        screenshots.take(name);
        Accessibility.assertNoViolations(page);
    }
}
