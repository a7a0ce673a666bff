package org.civitas.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import org.civitas.content.ContentTestUsers;
import org.civitas.identity.DataScope;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sharing story of the issue, end to end in Chromium: a 汶川县 editor writes an article with a cover
 * image and an attachment and submits it; the reviewer returns it once with a reason, then approves it;
 * it is on the county site; it is pushed to the portal and accepted there; a re-reviewed edit shows on
 * both sites; withdrawal takes it off both. Every page passes the accessibility rules; screenshots of
 * the portal (home, channel, article, elder-friendly mode) go to target/screenshots/.
 */
@BrowserTesting
class SharingBrowserTest extends ContentBrowserSupport {

    static final String TITLE = "汶川县开展汛前地质灾害隐患排查";
    static final String EDITED_TITLE = "汶川县完成汛前地质灾害隐患排查";

    @Autowired
    ReviewChainService chains;

    @Test
    void aCountyArticleIsReviewedPushedToThePortalEditedAndWithdrawnEverywhere(Page page, Screenshots screenshots)
            throws IOException {
        var people = people();
        String editor = people.create("wc.share", ContentTestUsers.SHARER_ROLE, "wenchuan");
        String reviewer = people.create("wc.review", "TEST_SHARE_REVIEWER", "wenchuan");
        String portalEditor = people.create("aba.share", ContentTestUsers.SHARER_ROLE, "aba", DataScope.OWN);
        long wenchuan = site(WENCHUAN);
        long headlines = channel(wenchuan, "news-headlines").id();
        people.signIn("admin");
        chains.define(new ReviewChainDefinition(
                "share-e2e", "汶川县要闻审核", List.of(ReviewChainStep.anywhere("终审", "TEST_SHARE_REVIEWER"))));
        channelReview.setChain(wenchuan, headlines, "share-e2e");
        ContentTestUsers.signOut();

        // the county editor writes the article with a cover image and an attachment, and submits it
        signIn(page, editor);
        page.navigate("/admin/articles/new?site=" + wenchuan + "&channel=" + headlines);
        page.locator("#title").fill(TITLE);
        page.locator(".note-editable").click();
        page.keyboard().type("县自然资源局会同各乡镇对全县地质灾害隐患点开展拉网式排查。");
        page.locator("#source").fill("汶川县自然资源局");
        page.locator("#cover-file").setInputFiles(new FilePayload("排查现场.png", "image/png", png()));
        assertThat(page.locator("img[data-upload-preview]")).isVisible();
        page.locator("#attachment-files")
                .setInputFiles(new FilePayload("排查清单.txt", "text/plain", "隐患点清单".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("[data-upload-items]")).containsText("排查清单.txt");
        button(page, "保存").click();
        page.waitForURL(Pattern.compile("/admin/articles/\\d+$"));
        String articleUrl = page.url();
        long id = Long.parseLong(articleUrl.substring(articleUrl.lastIndexOf('/') + 1));
        button(page, "提交").click();
        assertThat(page.locator("main")).containsText("审核中");
        Accessibility.assertNoSeriousViolations(page);

        // the reviewer returns it once with a reason
        switchUser(page, reviewer);
        openTask(page);
        page.locator("#author-reason").fill("请补充排查的隐患点数量");
        decide(page, "退回作者");
        switchUser(page, editor);
        page.navigate(articleUrl);
        assertThat(page.locator("main .alert-warning")).containsText("请补充排查的隐患点数量");
        page.locator(".note-editable").click();
        page.keyboard().press("End");
        page.keyboard().type("共排查隐患点一百二十处。");
        save(page);
        button(page, "提交").click();
        assertThat(page.locator("main")).containsText("审核中");

        // then approves it: it is on the county site with its image and attachment
        switchUser(page, reviewer);
        openTask(page);
        decide(page, "通过");
        page.navigate("/s/" + WENCHUAN + "/a/" + id + ".html");
        assertThat(page.locator("article h1")).hasText(TITLE);
        assertThat(page.locator(".article-body")).containsText("一百二十处");
        assertThat(page.locator(".attachments")).containsText("排查清单.txt");
        assertImageLoads(page, "article img.cover");
        Accessibility.assertNoSeriousViolations(page);

        // the editor pushes it to the portal's county news
        switchUser(page, editor);
        page.navigate(articleUrl);
        page.locator("#share-target")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("中国阿坝州 › 县市动态"));
        button(page, "推送").click();
        assertThat(page.locator("main .alert-success")).containsText("已推送");
        assertThat(page.locator("#sharing")).containsText("待接收");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-pushed");

        // the portal's editor accepts it
        switchUser(page, portalEditor);
        page.locator("nav.civitas-sidebar a[href='/admin/articles/shares']").click();
        Locator row = page.locator("#incoming tr").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(row).containsText("待接收");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-incoming");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("接收"))
                .click();
        assertThat(page.locator("main .alert-success")).containsText("已接收");
        assertThat(page.locator("#incoming tr").filter(new Locator.FilterOptions().setHasText(TITLE)))
                .containsText("已接收");
        Accessibility.assertNoSeriousViolations(page);

        // the pull page offers the county's articles
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("从其他站点引用"))
                .click();
        page.locator("#from").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("汶川县"));
        page.locator("#channel")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("\u3000县市动态"));
        button(page, "显示文章").click();
        // that an accepted article is no longer offered is ShareServiceIntegrationTest's to prove; here the page
        // itself (filters, list, paging) is what is checked
        assertThat(page.locator("#pullable tbody tr").first()).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2b-pull");

        // the portal shows it: home, channel, article (naming its source), elder-friendly mode
        page.navigate("/s/" + PORTAL + "/");
        assertThat(page.locator("main")).containsText(TITLE);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-portal-home");
        page.navigate("/s/" + PORTAL + "/c/news-counties/");
        assertThat(page.locator("h1")).hasText("县市动态");
        assertThat(page.locator("main")).containsText(TITLE);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("4-portal-channel");
        page.locator("main a")
                .filter(new Locator.FilterOptions().setHasText(TITLE))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile("/s/" + PORTAL + "/a/" + id + "\\.html$"));
        assertThat(page.locator("article h1")).hasText(TITLE);
        assertThat(page.locator(".meta .shared-from")).containsText("汶川县");
        assertThat(page.locator("link[rel=canonical]"))
                .hasAttribute("href", Pattern.compile("/s/" + WENCHUAN + "/a/" + id + "\\.html$"));
        assertImageLoads(page, "article img.cover");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("5-portal-article");
        page.locator("#elder-toggle").click();
        assertThat(page.locator("html")).hasClass("elder");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("6-portal-article-elder");
        page.navigate("/s/" + PORTAL + "/");
        assertThat(page.locator("html")).hasClass("elder");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("7-portal-home-elder");
        page.locator("#elder-toggle").click();

        // an edit of the source, reviewed again, shows on both sites
        switchUser(page, editor);
        page.navigate(articleUrl);
        page.locator("#title").fill(EDITED_TITLE);
        save(page);
        button(page, "提交").click();
        assertThat(page.locator("main")).containsText("审核中");
        page.navigate("/s/" + PORTAL + "/a/" + id + ".html");
        assertThat(page.locator("article h1")).hasText(TITLE); // not before the review
        switchUser(page, reviewer);
        openTask(page);
        decide(page, "通过");
        for (String site : List.of(WENCHUAN, PORTAL)) {
            page.navigate("/s/" + site + "/a/" + id + ".html");
            assertThat(page.locator("article h1")).hasText(EDITED_TITLE);
        }
        page.navigate("/s/" + PORTAL + "/c/news-counties/");
        assertThat(page.locator("main")).containsText(EDITED_TITLE);

        // withdrawal takes it off both
        switchUser(page, editor);
        page.navigate(articleUrl);
        button(page, "撤稿").click();
        assertThat(page.locator("main")).containsText("已撤稿");
        assertThat(page.locator("#sharing")).containsText("源文章已撤稿");
        for (String site : List.of(WENCHUAN, PORTAL)) {
            page.navigate("/s/" + site + "/a/" + id + ".html");
            assertThat(page.locator("main")).containsText("页面不存在");
        }
        page.navigate("/s/" + PORTAL + "/c/news-counties/");
        assertThat(page.locator("main")).not().containsText(EDITED_TITLE);
        page.navigate("/s/" + PORTAL + "/");
        assertThat(page.locator("main")).not().containsText(EDITED_TITLE);
    }

    /** Opens the review task of the article (the newest version's) from the reviewer's inbox. */
    private static void openTask(Page page) {
        page.navigate("/admin/tasks");
        page.locator("main a")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("汶川县.*地质灾害隐患排查")))
                .first()
                .click();
        page.waitForURL(Pattern.compile("/admin/tasks/[^/]+$"));
        Accessibility.assertNoSeriousViolations(page);
    }

    /** Saves the open article and waits until the saved page is back. */
    private static void save(Page page) {
        button(page, "保存").click();
        assertThat(page.locator("main .alert-success")).containsText("已保存");
    }

    /** Decides the open review task and waits for the inbox. */
    private static void decide(Page page, String decision) {
        button(page, decision).click();
        page.waitForURL(Pattern.compile("/admin/tasks$"));
        assertThat(page.locator("main .alert-danger")).hasCount(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void assertImageLoads(Page page, String selector) {
        Locator image = page.locator(selector);
        assertThat(image).isVisible();
        Object width = image.evaluate("img => img.complete ? img.naturalWidth : 0");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
                .as("the image %s loads", selector)
                .isPositive();
    }

    private static void switchUser(Page page, String username) {
        page.context().clearCookies();
        signIn(page, username);
    }

    /** A small landscape picture (sky over green hills) as PNG, for the cover. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x9CC9EE));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0x3D7A3A));
        g.fillOval(-80, 150, 360, 240);
        g.fillOval(180, 170, 420, 220);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
