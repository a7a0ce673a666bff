package org.civitas.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The browser test machinery itself: Debian's Chromium reaches the application started on a random port. */
@BrowserTesting
class PlaywrightSmokeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void chromiumSeesTheApplicationUp(Page page, Screenshots screenshots) {
        var response = page.navigate("/actuator/health");

        assertThat(page.url()).isEqualTo("http://localhost:" + port + "/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(response.text()).path("status").asString())
                .isEqualTo("UP");
        assertThat(screenshots.take("health")).isNotEmptyFile();
    }
}
