package org.civitas.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.civitas.content.ContentTestUsers;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A county editor writes an article in a real browser: title, body in the rich-text editor, an
 * attachment uploaded to the blob store; saves, and submits it to a channel without review, so that it
 * is published. Every page passes the accessibility rules.
 */
@BrowserTesting
class ArticleEditorBrowserTest extends ContentBrowserSupport {

    @Test
    void aCountyEditorWritesAndSubmitsAnArticle(Page page, Screenshots screenshots) {
        var people = people();
        String editor = people.create("wc.writer", ContentTestUsers.EDITOR_ROLE, "wenchuan");

        signIn(page, editor);
        page.locator("nav.civitas-sidebar a[href='/admin/articles']").click();
        assertThat(page.locator("main")).containsText("汶川县");
        page.locator("#channel").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("\u3000要闻"));
        page.locator("main form button[type=submit]").click();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-article-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建文章"))
                .click();
        page.locator("#title").fill("汶川县开展汛前地质灾害隐患排查");
        page.locator(".note-editable").click();
        page.keyboard().type("县自然资源局会同各乡镇对全县地质灾害隐患点开展拉网式排查。");
        page.locator("#source").fill("汶川县自然资源局");
        page.locator("#attachment-files")
                .setInputFiles(new FilePayload("排查清单.txt", "text/plain", "隐患点清单".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("[data-upload-items]")).containsText("排查清单.txt");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-editor");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
        page.waitForURL(Pattern.compile("/admin/articles/\\d+$"));
        assertThat(page.locator("[data-upload-items]")).containsText("排查清单.txt");
        assertThat(page.locator("main")).containsText("草稿");
        Accessibility.assertNoSeriousViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交"))
                .click();
        // the demo's 汶川县 news channels have the review chain 网站文章审核: the article waits for the county's
        // reviewer (WebJourneyBrowserTest walks that step)
        assertThat(page.locator("main")).containsText("已提交");
        assertThat(page.locator("main")).containsText("地质灾害");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-submitted");
    }
}
