package org.civitas.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor who follows a broken link sees a readable page in their language, and nothing technical. */
@BrowserTesting
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void missingPublicPageShowsTheNotFoundPageInChinese(Page page, Screenshots screenshots) {
        var response = page.navigate("/webjars/none");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.url()).isEqualTo("http://localhost:" + port + "/webjars/none");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("h1")).hasText("出错了");
        assertThat(page.getByText("页面不存在")).isVisible();
        assertThat(page.content()).doesNotContainIgnoringCase("exception").doesNotContain("at org.");
        screenshots.take("not-found-zh");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void missingPublicPageSpeaksEnglishOnRequest(Page page, Screenshots screenshots) {
        var response = page.navigate("/webjars/none?lang=en");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Something went wrong");
        assertThat(page.getByText("Page not found")).isVisible();
        screenshots.take("not-found-en");
    }
}
