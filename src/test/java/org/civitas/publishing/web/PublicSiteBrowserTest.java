package org.civitas.publishing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal of the demo cluster as a visitor sees it in Chromium: home, a channel, an article, the
 * disclosure catalogue, and the elder-friendly mode, each passing the accessibility rules.
 */
@BrowserTesting
class PublicSiteBrowserTest {

    static final String PORTAL = "5132000001";

    @Autowired
    ArticleOperations operations;

    private void publish(String channel, String title, int daysAgo, ArticleDraft.Disclosure disclosure) {
        String body = "<p>" + title + "。近日，阿坝州召开专题会议，研究部署相关工作。会议强调，要坚持以人民为中心的发展思想，"
                + "统筹推进灾后恢复重建和经济社会发展，切实保障人民群众生命财产安全。</p>"
                + "<p>会议要求，各县（市）、各部门要压紧压实责任，细化工作措施，确保各项任务落地见效。</p>";
        operations.publish(
                "demo",
                PORTAL,
                channel,
                new ArticleDraft(
                        title,
                        null,
                        "阿坝州" + title + "，各项工作有序推进。",
                        body,
                        null,
                        List.of(),
                        "阿坝州人民政府办公室",
                        "州政府新闻办",
                        List.of(),
                        false,
                        0,
                        null,
                        Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                        null,
                        disclosure,
                        null));
    }

    private void portalContent() {
        String[] headlines = {
            "州委常委会召开会议 传达学习全省重要会议精神", "阿坝州2026年重点项目集中开工", "九寨沟景区游客接待量创同期新高", "汶川县灾后重建成果展开展", "全州安全生产工作电视电话会议召开"
        };
        for (int i = 0; i < headlines.length; i++) {
            publish("news-headlines", headlines[i], i, null);
        }
        String[] notices = {"关于做好2026年汛期地质灾害防治工作的通知", "关于开展防灾减灾宣传周活动的通知", "阿坝州人民政府关于调整部分行政许可事项的公告"};
        for (int i = 0; i < notices.length; i++) {
            publish("news-notices", notices[i], i + 1, null);
        }
        publish("news-departments", "州教育局部署秋季学期开学工作", 2, null);
        publish("news-departments", "州文化体育和旅游局推出冬季旅游线路", 3, null);
        publish("news-counties", "马尔康市推进城乡环境综合治理", 1, null);
        publish("news-counties", "九寨沟县开展应急演练", 4, null);
        String[][] documents = {
            {"阿坝州人民政府关于印发《阿坝州防汛抗旱应急预案》的通知", "阿府发〔2026〕12号", "综合政务"},
            {"阿坝州人民政府办公室关于进一步优化营商环境的实施意见", "阿府办发〔2026〕5号", "经济管理"},
            {"阿坝州人民政府关于公布第二批州级非物质文化遗产名录的通知", "阿府发〔2025〕30号", "文化"}
        };
        for (int i = 0; i < documents.length; i++) {
            publish(
                    "disclosure-catalogue",
                    documents[i][0],
                    i * 40,
                    new ArticleDraft.Disclosure(
                            documents[i][1], "阿坝州人民政府", LocalDate.now().minusDays(i * 40L + 3), documents[i][2], "有效"));
        }
        publish("disclosure-policies", "《阿坝州乡村振兴促进条例》解读", 5, null);
        publish("interaction-survey", "关于《阿坝州城市总体规划》公开征求意见的公告", 2, null);
    }

    @Test
    void aVisitorOnLocalhostReachesACountySiteThroughTheClusterNavigation(Page page) {
        page.navigate("/"); // localhost is no site's host: the portal, linking every site on this host
        assertThat(page).hasTitle("中国阿坝州");
        page.locator("footer nav.cluster").getByText("汶川县").click();
        assertThat(page).hasTitle("汶川县");
        assertThat(page).hasURL(Pattern.compile(".*/s/5132210001/$"));
        assertThat(page.locator("footer")).containsText("网站标识码：5132210001");
        page.locator("footer nav.cluster").getByText("中国阿坝州").click(); // and back, still on this host
        assertThat(page).hasTitle("中国阿坝州");
        assertThat(page).hasURL(Pattern.compile(".*/s/" + PORTAL + "/$"));
    }

    @Test
    void aVisitorReadsThePortalAndSwitchesToElderMode(Page page, Screenshots screenshots) {
        portalContent();

        page.navigate("/s/" + PORTAL + "/");
        assertThat(page).hasTitle("中国阿坝州");
        assertThat(page.locator("main")).containsText("阿坝州2026年重点项目集中开工");
        assertThat(page.locator("footer")).containsText("川ICP备05003303号");
        Accessibility.assertNoViolations(page);
        screenshots.take("1-portal-home");

        page.locator("nav.mainnav").getByText("政务动态").click();
        assertThat(page.locator("h1")).hasText("政务动态");
        Accessibility.assertNoViolations(page);
        screenshots.take("2-channel");

        // the newest of this test's articles; demo articles (pinned, or dated later today) may come first
        page.locator(".items a")
                .filter(new Locator.FilterOptions().setHasText("州委常委会召开会议"))
                .first()
                .click();
        assertThat(page.locator("article h1")).isVisible();
        assertThat(page.locator(".meta")).containsText("来源：阿坝州人民政府办公室");
        Accessibility.assertNoViolations(page);
        screenshots.take("3-article");

        page.locator(".topbar-tools").getByText("政府信息公开目录").click();
        assertThat(page.locator("table.catalogue")).containsText("防汛抗旱应急预案");
        page.locator("#f-subject").selectOption("综合政务");
        page.locator(".filters button").click();
        // this test's documents of other subjects drop out; the demo's own 综合政务 documents may stay
        assertThat(page.locator("table.catalogue tbody")).containsText("防汛抗旱应急预案");
        assertThat(page.locator("table.catalogue tbody")).not().containsText("优化营商环境");
        assertThat(page.locator("table.catalogue tbody")).not().containsText("非物质文化遗产");
        Accessibility.assertNoViolations(page);
        screenshots.take("4-disclosure");
        page.locator("table.catalogue a")
                .filter(new Locator.FilterOptions().setHasText("防汛抗旱应急预案"))
                .first()
                .click();
        assertThat(page.locator("table.disclosure-meta")).containsText("阿府发〔2026〕12号");
        Accessibility.assertNoViolations(page);
        screenshots.take("5-disclosure-article");

        page.navigate("/s/" + PORTAL + "/");
        assertThat(page.locator("#elder-toggle")).hasText("长者模式");
        page.locator("#elder-toggle").click();
        // on, the switch says how to leave the mode
        assertThat(page.locator("#elder-toggle")).hasText("退出长者模式");
        assertThat(page.locator("html")).hasClass("elder");
        Accessibility.assertNoViolations(page);
        screenshots.take("6-elder-home");
        page.reload(); // remembered in the browser; the page bytes are the same for everyone
        assertThat(page.locator("html")).hasClass("elder");
        assertThat(page.locator("#elder-toggle")).hasText("退出长者模式");
        page.locator("nav.mainnav").getByText("政务动态").click();
        Accessibility.assertNoViolations(page);
        screenshots.take("7-elder-channel");
        page.locator("#elder-toggle").click();
        assertThat(page.locator("#elder-toggle")).hasText("长者模式");

        page.navigate("/s/" + PORTAL + "/c/no-such-channel/");
        assertThat(page.locator("main")).containsText("页面不存在");
        Accessibility.assertNoViolations(page);
        screenshots.take("8-not-found");
    }
}
