package org.civitas.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests are pooled, and that a full pool refuses at once and takes again once a place is free. */
class PublicRequestPoolsTest {

    private static PublicRequestPools.Kind kind(String method, String uri, String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return PublicRequestPools.Kind.of(request);
    }

    @Test
    void onlyExpensiveDynamicPublicRequestsArePooled() {
        assertThat(kind("GET", "/search", "q", "地震")).isEqualTo(PublicRequestPools.Kind.SEARCH);
        assertThat(kind("GET", "/s/5132210001/search")).isEqualTo(PublicRequestPools.Kind.SEARCH);
        assertThat(kind("HEAD", "/search")).isEqualTo(PublicRequestPools.Kind.SEARCH);
        assertThat(kind("GET", "/disclosure/", "year", "2026")).isEqualTo(PublicRequestPools.Kind.CATALOGUE);
        assertThat(kind("GET", "/s/5132210001/disclosure/2.html", "subject", "x"))
                .isEqualTo(PublicRequestPools.Kind.CATALOGUE);
        assertThat(kind("GET", "/api/v1/sites/5132210001/articles")).isEqualTo(PublicRequestPools.Kind.API);

        assertThat(kind("GET", "/disclosure/")).as("cached").isNull();
        assertThat(kind("GET", "/")).isNull();
        assertThat(kind("GET", "/a/12.html", "x", "y")).isNull();
        assertThat(kind("GET", "/assets/default/site.css")).isNull();
        assertThat(kind("GET", "/actuator/health")).isNull();
        assertThat(kind("GET", "/api/v1/sites")).as("signed-in API").isNull();
        assertThat(kind("GET", "/admin/search", "q", "x")).as("console search").isNull();
        assertThat(kind("POST", "/search")).isNull();
    }

    @Test
    void aFullPoolRefusesAtOnceAndAResizeTakesEffect() {
        PublicRequestPools pools = new PublicRequestPools(new PublicPoolSettings(2, 1, 1, Duration.ofSeconds(7)));
        PublicRequestPools.Pool search = pools.pool(PublicRequestPools.Kind.SEARCH);
        assertThat(search.tryEnter()).isTrue();
        assertThat(search.tryEnter()).isTrue();
        assertThat(search.tryEnter()).isFalse();
        search.leave();
        assertThat(search.tryEnter()).isTrue();
        assertThat(pools.resize(PublicRequestPools.Kind.SEARCH, 3)).isEqualTo(2);
        assertThat(search.tryEnter()).isTrue();
        assertThat(search.inside()).isEqualTo(3);
        assertThat(pools.retryAfterSeconds()).isEqualTo(7);
    }
}
