package org.civitas.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/** Someone who is not signed in and opens the console lands on an accessible login form. */
@BrowserTesting
class ConsoleEntryBrowserTest {

    @Test
    void consoleSendsAStrangerToTheLoginPage(Page page, Screenshots screenshots) {
        page.navigate("/admin");

        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByLabel("用户名")).isVisible();
        assertThat(page.getByLabel("密码")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")))
                .isVisible();
        screenshots.take("login-zh");
        Accessibility.assertNoSeriousViolations(page);
    }
}
