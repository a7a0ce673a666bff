package org.civitas.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor who follows a broken link sees a readable page in their language, and nothing technical. */
@BrowserTesting
@ExtendWith(OutputCaptureExtension.class)
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

    /**
     * A form post larger than Tomcat takes (a pasted 2 MB title) is answered by the console's own page in the
     * person's language, from the real server, and is not logged as an ERROR.
     */
    @Test
    void anOversizedFormPostGetsTheConsolesOwnPage(CapturedOutput output) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String body = "title=" + "a".repeat(3 * 1024 * 1024);
        for (String lang : new String[] {"zh-CN", "en"}) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                    "http://localhost:" + port + "/admin/articles?site=1&channel=1"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "civitas-lang=" + lang)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body())
                    .contains(lang.equals("en") ? "What you sent is too large" : "提交的内容过大")
                    .doesNotContain("Payload Too Large")
                    .doesNotContain("Apache Tomcat");
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}
