package org.civitas.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentTestUsers;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Articles on paper: the console's preview has a 打印 button and, printed, shows the article without the
 * console's navigation or buttons, with the address of an outside link; the public article page prints
 * without the site's navigation. The pages pass the accessibility rules; the printouts are kept as PDFs
 * beside the screenshots.
 */
@BrowserTesting
class PrintBrowserTest extends ContentBrowserSupport {

    @Autowired
    ArticleService articles;

    @Test
    void anArticlePrintsWithoutNavigationFromTheConsoleAndThePublicSite(Page page, Screenshots screenshots)
            throws Exception {
        var people = people();
        String editor = people.create("wc.printer", ContentTestUsers.EDITOR_ROLE, "wenchuan");
        long siteId = site(WENCHUAN);
        long channelId = channel(siteId, "news-notices").id();
        people.signIn("admin");
        channelReview.setChain(siteId, channelId, null);
        people.signIn(editor);
        ArticleView article = articles.create(
                siteId,
                channelId,
                new ArticleDraft(
                        "汶川县冬季安全检查情况通报",
                        null,
                        null,
                        "<p>全县共排查隐患12处，详见<a href=\"https://www.gov.cn/zhengce/\">国务院政策文件库</a>。</p>"
                                + "<table><thead><tr><th>乡镇</th><th>隐患</th><th>已整改</th></tr></thead>"
                                + "<tbody><tr><td>威州镇</td><td>5</td><td>4</td></tr>"
                                + "<tr><td>映秀镇</td><td>7</td><td>7</td></tr></tbody></table>",
                        null,
                        List.of(),
                        "汶川县应急管理局",
                        null,
                        List.of(),
                        false,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null));
        articles.submit(article.id());
        ContentTestUsers.signOut();

        signIn(page, editor);
        page.navigate("/admin/articles/" + article.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("预览与打印"))
                .click();
        page.waitForURL(Pattern.compile("/admin/articles/\\d+/preview$"));
        var print = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("打印"));
        assertThat(print).isVisible();
        assertThat(page.locator("main")).containsText("威州镇");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-console-preview");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("nav.civitas-sidebar")).isHidden();
        assertThat(page.locator("header").first()).isHidden();
        assertThat(page.locator(".breadcrumb")).isHidden();
        assertThat(print).isHidden();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("table")).isVisible();
        // the outside link's address follows its text on paper
        Object after =
                page.evaluate("() => getComputedStyle(document.querySelector('.print-body a'), '::after').content");
        assertThat(after.toString()).contains("https://www.gov.cn/zhengce/");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        Files.write(screenshots.directory().resolve("1-console-preview.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        page.navigate("/s/" + WENCHUAN + "/a/" + article.id() + ".html");
        assertThat(page.locator("h1")).containsText("冬季安全检查");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(page.locator(".mainnav")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".mainnav")).isHidden();
        assertThat(page.locator(".topbar")).isHidden();
        assertThat(page.locator(".site-search")).isHidden();
        assertThat(page.locator("footer").first()).isHidden();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("main table")).isVisible();
        Files.write(
                screenshots.directory().resolve("2-public-article.pdf"),
                page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true)));
        screenshots.take("2-public-article-print");
    }
}
