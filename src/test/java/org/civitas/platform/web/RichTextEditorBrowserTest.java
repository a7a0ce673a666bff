package org.civitas.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.platform.RichText;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared rich-text field in a real browser, on a test-only page: formatting typed in the editor
 * reaches the server, an injected {@code onerror} payload is removed and never runs, and without
 * JavaScript the plain textarea still posts. The page is {@link org.civitas.support.browser.TestOnlyPages}'s.
 */
@BrowserTesting
class RichTextEditorBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @LocalServerPort
    int port;

    @Test
    void formattedTextIsPostedAndTheInjectedPayloadIsRemovedWithoutRunning(Page page, Screenshots screenshots) {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn(page);
        page.onResponse(r -> {});
        page.navigate("/admin/test-richtext");
        var editable = page.locator(".note-editable");
        assertThat(editable).isVisible();
        assertThat(page.locator("textarea#body")).isHidden();
        assertThat(editable).hasAttribute("aria-labelledby", "bodyLabel");
        assertThat(page.locator(".note-btn-bold")).hasAttribute("aria-label", Pattern.compile("粗体.*"));
        assertThat(page.locator(".note-btn.btn-table, .note-table .note-btn").first())
                .isVisible();

        Accessibility.assertNoSeriousViolations(page);

        editable.click();
        page.keyboard().type("各县（市）人民政府：");
        page.keyboard().press("Enter");
        page.locator(".note-btn-bold").click();
        page.keyboard().type("请认真贯彻执行。");
        page.evaluate("() => jQuery('#body').summernote('pasteHTML',"
                + " '<p class=\"x\" style=\"text-align:center\">居中<img src=x onerror=alert(1)></p>')");
        screenshots.take("1-editor-with-formatting-and-payload");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();

        String stored = page.locator("#stored").innerText();
        assertThat(stored).contains("各县（市）人民政府：").contains("<b>请认真贯彻执行。</b>");
        assertThat(stored).contains("<p class=\"text-center\">居中<img src=\"x\" /></p>");
        assertThat(stored).doesNotContainIgnoringCase("onerror").doesNotContain("style=");
        assertThat(RichText.clean(stored)).isEqualTo(stored);
        assertThat(page.locator("#rendered b")).hasText("请认真贯彻执行。");
        assertThat(page.locator("#changed")).isVisible();
        screenshots.take("2-sanitized-result");
        assertThat(dialogs).as("no script ran").isEmpty();
    }

    @Test
    void whatTheToolbarProducesIsKeptWithoutAWarning(Page page, Screenshots screenshots) {
        signIn(page);
        page.navigate("/admin/test-richtext");
        var editable = page.locator(".note-editable");
        editable.click();
        page.keyboard().press("Control+A");
        page.keyboard().type("标题");
        page.locator(".note-style .dropdown-toggle").click();
        page.locator(".note-dropdown-item[data-value='h2']").click();
        page.locator(".note-para .dropdown-toggle").click();
        page.locator(".note-para .note-btn[aria-label^='居中']").click();
        editable.press("End");
        page.keyboard().press("Enter");
        page.locator(".note-para .note-btn[aria-label^='无序列表']").click();
        page.keyboard().type("第一条");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        page.locator(".note-table .dropdown-toggle").click();
        page.locator(".note-dimension-picker-mousecatcher")
                .click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 5));
        screenshots.take("5-heading-list-table");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();

        String stored = page.locator("#stored").innerText();
        assertThat(stored)
                .contains("<h2 class=\"text-center\">标题</h2>")
                .contains("第一条</li></ul>")
                .contains("<table class=\"table table-bordered\">");
        assertThat(page.locator("#changed")).hasCount(0);
    }

    @Test
    void theToolbarSpeaksEnglishOnRequest(Page page, Screenshots screenshots) {
        signIn(page);
        page.navigate("/admin/test-richtext?lang=en");

        assertThat(page.locator(".note-btn-bold")).hasAttribute("aria-label", Pattern.compile("Bold.*"));
        assertThat(page.locator("#body-hint")).containsText("Headings, lists, tables");
        screenshots.take("4-english-toolbar");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void withoutJavaScriptThePlainTextareaPostsTheHtml(Browser browser, Screenshots screenshots) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setLocale("zh-CN")
                .setBaseURL("http://localhost:" + port))) {
            Page page = context.newPage();
            signIn(page);
            page.navigate("/admin/test-richtext");
            var textarea = page.getByLabel("正文");
            assertThat(textarea).isVisible();
            textarea.fill("<h2>标题</h2><script>alert(1)</script><p>正文</p>");
            screenshots.take(page, "3-without-javascript");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("保存").setExact(true))
                    .click();

            assertThat(page.locator("#stored")).hasText("<h2>标题</h2><p>正文</p>");
            assertThat(page.locator("textarea#body")).hasValue("<h2>标题</h2><p>正文</p>");
        }
    }

    private static void signIn(Page page) {
        ConsoleSignIn.signIn(page, "admin", PASSWORD);
    }
}
