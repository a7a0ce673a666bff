package org.civitas.search.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.civitas.content.ArticleDraft;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor of a county site searches for a phrase of a portal article: this site alone finds nothing
 * (and offers the whole cluster), the whole cluster finds it with the words highlighted.
 */
@BrowserTesting
class SearchBrowserTest {

    static final String PORTAL = "5132000001";
    static final String JIUZHAIGOU = "5132250001";

    @Autowired
    ArticleOperations operations;

    @Test
    void aCountySiteFindsAPortalArticleOnlyInClusterMode(Page page, Screenshots screenshots) {
        operations.publish(
                "demo",
                PORTAL,
                "news-headlines",
                ArticleDraft.of("全州高原湿地生态保护推进会召开", "<p>会议部署若尔盖高原湿地生态保护修复工作，要求各县落实河湖长制。</p>"));

        page.navigate("/s/" + JIUZHAIGOU + "/");
        page.locator("#site-search-q").fill("湿地生态保护");
        page.locator(".site-search button").click();
        assertThat(page.locator(".search-total")).hasText("0");
        assertThat(page.locator("main")).containsText("在全站群中搜索");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-this-site-nothing");

        page.locator("#s-scope").selectOption("cluster");
        page.locator(".search-form button").click();
        assertThat(page.locator(".search-total")).hasText("1");
        assertThat(page.locator(".search-results h3 a")).containsText("全州高原湿地生态保护推进会召开");
        assertThat(page.locator(".search-results mark").first()).isVisible();
        assertThat(page.locator(".search-results .snippet mark").first()).containsText("湿地");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-cluster-found");

        page.locator(".search-results h3 a").first().click();
        assertThat(page.locator("article h1")).hasText("全州高原湿地生态保护推进会召开");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/s/" + PORTAL + "/a/\\d+\\.html"));
    }
}
