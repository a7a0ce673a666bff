package org.civitas.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A unit writer who sends the submission form empty, in a real browser: the form says which fields are
 * required before, and after lists every missing one by its label, linked to the field, keeping what was
 * typed; the page passes every accessibility rule (best practices included) with the summary shown. Shares DeskConsoleBrowserTest's
 * application (same properties).
 */
@BrowserTesting
class RequiredFieldsBrowserTest {

    @Test
    void anEmptySubmissionListsEveryMissingField(Page page, Screenshots screenshots) {
        ConsoleSignIn.signIn(page, "desk.wenchuan", DeskConsoleBrowserTest.PASSWORD);
        page.navigate("/admin/reporting/submissions/new");
        assertThat(page.locator(".required-legend")).containsText("标有 * 的为必填项");
        assertThat(page.locator("#title")).hasAttribute("aria-required", "true");

        page.locator("#contact").fill("0837-6222222");
        // the browser's own check would stop at the first empty field: the server's answer names them all
        page.evaluate("() => document.querySelectorAll('form[novalidate], form').forEach(f => f.noValidate = true)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿"))
                .click();

        var summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("标题：");
        assertThat(summary).containsText("正文：");
        assertThat(summary).containsText("签发人：");
        assertThat(page.locator("#contact")).hasValue("0837-6222222");
        screenshots.take("empty-submission-summary");
        Accessibility.assertNoViolations(page);
    }
}
