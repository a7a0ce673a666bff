package org.civitas.statistics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The statistics page in a real browser with the demo desk: the office editor picks this quarter, the
 * charts are drawn (SVG) from the JSON endpoint under the console's Content-Security-Policy, the table
 * sorts by a column, and the page passes the accessibility rules.
 */
@BrowserTesting
class StatisticsBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Test
    void theOfficeSeesChartsAndARankedTable(Page page, Screenshots screenshots) {
        signIn(page, "desk.editor");
        page.navigate("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统计分析"))
                .click();
        assertThat(page.locator("main h1")).containsText("信息报送统计");

        LocalDate today = LocalDate.now();
        page.locator("#kind").selectOption("QUARTER");
        page.locator("#year").selectOption(String.valueOf(today.getYear()));
        page.locator("#quarter").selectOption(String.valueOf((today.getMonthValue() + 2) / 3));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统计"))
                .click();
        assertThat(page.locator("main h1")).containsText("季度");
        assertThat(page.locator("#units")).containsText("汶川县");
        assertThat(page.locator("#summary tfoot")).containsText("合计");

        var bar = page.locator("[data-chart=bar]");
        var trend = page.locator("[data-chart=trend]");
        assertThat(bar).hasAttribute("data-drawn", "true");
        assertThat(trend).hasAttribute("data-drawn", "true");
        assertThat(bar.locator("svg rect").first()).isAttached();
        assertThat(trend.locator("svg path").first()).isAttached();
        assertThat(bar).hasAttribute("role", "img");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-quarter");

        page.locator("#units thead")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("报送数"))
                .click();
        assertThat(page.locator("#units th[aria-sort=descending]")).containsText("报送数");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-sorted");
    }

    private static void signIn(Page page, String username) {
        ConsoleSignIn.signIn(page, username, PASSWORD);
    }
}
