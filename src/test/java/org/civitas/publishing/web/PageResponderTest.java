package org.civitas.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageResponderTest {

    @Test
    void gzipIsChosenOnlyWhenAccepted() {
        assertThat(PageResponder.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageResponder.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PageResponder.acceptsGzip("*")).isTrue();
        assertThat(PageResponder.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageResponder.acceptsGzip("identity")).isFalse();
        assertThat(PageResponder.acceptsGzip(null)).isFalse();
    }

    @Test
    void forwardedHeadersAreLeftToTheTrustedProxyValve() {
        // Tomcat's remote IP valve applies X-Forwarded-* to the request only for a trusted proxy; the cache
        // filter never reads them itself
        var request = new MockHttpServletRequest("GET", "/");
        request.setServerName("10.0.0.5");
        request.addHeader("X-Forwarded-Host", "evil.example.com");
        assertThat(CachedPageFilter.host(request)).isEqualTo("10.0.0.5");
    }

    @Test
    void pagesReachedByPathCarryTheRequestOrigin() {
        var request = new MockHttpServletRequest("GET", "/s/5132000001/");
        request.setServerName("localhost");
        request.setServerPort(8080);
        assertThat(CachedPageFilter.origin(request, "/s/5132000001/")).isEqualTo("http://localhost:8080");
        assertThat(CachedPageFilter.origin(request, "/")).isNull();
        request.addHeader("X-Forwarded-Host", "portal.example.org");
        request.addHeader("X-Forwarded-Proto", "https");
        assertThat(CachedPageFilter.origin(request, "/s/5132000001/")).isEqualTo("http://localhost:8080");
    }
}
