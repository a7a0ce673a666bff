package org.civitas.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civitas.support.browser.BrowserTesting;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pasted paragraph as a search query (10,000 Chinese characters, 90 KB once percent-encoded) reaches the
 * application on the real server: the theme's own search page answers in the site's language and says the
 * query was cut, instead of Tomcat's English 400 for a long request line. Shares the demo application of
 * the desk browser tests (same properties).
 */
@BrowserTesting
class LongSearchBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aTenThousandCharacterQueryGetsTheThemesSearchPageWithTheReason() throws Exception {
        String query = URLEncoder.encode("灾后重建".repeat(2500), StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q=" + query))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("关键词过长，只按前面的部分搜索。")
                .doesNotContain("Bad Request")
                .doesNotContain("Apache Tomcat");
    }
}
