package org.civitas.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.signIn;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.civitas.site.ChannelView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web editor's journey on a fresh demo installation, as its demo accounts walk it (issue 11), with nothing set
 * up first: {@code portal.editor} signs in for the first time (choosing a password), writes an article with a
 * picture and an attachment in the portal's 要闻 and submits it; it waits in {@code portal.reviewer}'s task list (not
 * in 汶川县's reviewer's); the reviewer approves it, and it is on the public portal. Shares the journal browser
 * test's context (same configuration).
 */
@BrowserTesting
class WebJourneyBrowserTest {

    /** The journal browser test's, so that both share one application. */
    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    static final String PORTAL = "5132000001";
    static final String TITLE = "阿坝州启动冬春农田水利基本建设";

    @Autowired
    SiteDirectory sites;

    @Test
    void theWebEditorsArticleGoesThroughTheirReviewerOntoThePublicPortal(Page page, Screenshots screenshots)
            throws IOException {
        long portal = sites.findByCode(PORTAL).orElseThrow().id();
        long headlines = channel(sites.channels(portal), "news-headlines").id();

        signIn(page, "portal.editor", PASSWORD);
        page.navigate("/admin/articles/new?site=" + portal + "&channel=" + headlines);
        page.locator("#title").fill(TITLE);
        page.locator(".note-editable").click();
        page.keyboard().type("全州各县（市）抓住冬春有利时机，集中开展农田水利基本建设。");
        page.locator("#cover-file").setInputFiles(new FilePayload("水利工地.png", "image/png", png()));
        assertThat(page.locator("img[data-upload-preview]")).isVisible();
        page.locator("#attachment-files")
                .setInputFiles(new FilePayload("建设任务表.txt", "text/plain", "建设任务".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("[data-upload-items]")).containsText("建设任务表.txt");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("web-1-editor-writes");
        button(page, "保存").click();
        page.waitForURL(Pattern.compile("/admin/articles/\\d+$"));
        String articleUrl = page.url();
        long id = Long.parseLong(articleUrl.substring(articleUrl.lastIndexOf('/') + 1));
        button(page, "提交").click();
        assertThat(page.locator("main")).containsText("审核中");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("web-2-submitted");
        signOut(page);

        // 汶川县's reviewer does not review the portal's articles
        signIn(page, "wenchuan.reviewer", PASSWORD);
        page.navigate("/admin/tasks");
        assertThat(page.locator("main")).not().containsText(TITLE);
        signOut(page);

        signIn(page, "portal.reviewer", PASSWORD);
        page.navigate("/admin/tasks");
        assertThat(page.locator("main")).containsText(TITLE);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("web-3-reviewer-tasks");
        page.locator("main a")
                .filter(new Locator.FilterOptions().setHasText(TITLE))
                .first()
                .click();
        page.waitForURL(Pattern.compile("/admin/tasks/[^/]+$"));
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("web-4-review-task");
        button(page, "通过").click();
        page.waitForURL(Pattern.compile("/admin/tasks$"));
        assertThat(page.locator("main .alert-danger")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(TITLE);
        signOut(page);

        page.navigate("/s/" + PORTAL + "/a/" + id + ".html");
        assertThat(page.locator("article h1")).hasText(TITLE);
        assertThat(page.locator(".article-body")).containsText("农田水利基本建设");
        assertThat(page.locator(".attachments")).containsText("建设任务表.txt");
        Locator cover = page.locator("article img.cover");
        assertThat(cover).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        ((Number) cover.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue())
                .as("the cover loads")
                .isPositive();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("web-5-public-article");
        page.navigate("/s/" + PORTAL + "/c/news-headlines/");
        assertThat(page.locator("main")).containsText(TITLE);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static ChannelView channel(List<ChannelView> tree, String code) {
        for (ChannelView c : tree) {
            if (c.code().equals(code)) {
                return c;
            }
            for (ChannelView below : c.children()) {
                if (below.code().equals(code)) {
                    return below;
                }
            }
        }
        throw new IllegalStateException("no channel " + code);
    }

    /** A small landscape picture as PNG, for the cover. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xB9D8F0));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0x5B8C3A));
        g.fillRect(0, 180, 480, 90);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
