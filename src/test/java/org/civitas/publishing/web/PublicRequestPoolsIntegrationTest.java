package org.civitas.publishing.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Surge isolation through the whole filter chain: a full pool turns a request away at once with the
 * site's themed "busy" page (503, {@code Retry-After}), while cached pages and health checks go on.
 * Each test fills a pool by taking its places itself (at a size of one) and gives them back afterwards.
 */
@CivitasIntegrationTest
class PublicRequestPoolsIntegrationTest {

    static final String WENCHUAN = "5132210001";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicRequestPools pools;

    /** Runs the body with the pool of this kind full (one place, held here), then restores it. */
    private void whileFull(PublicRequestPools.Kind kind, ThrowingRunnable body) throws Exception {
        int size = pools.resize(kind, 1);
        PublicRequestPools.Pool pool = pools.pool(kind);
        boolean held = pool.tryEnter();
        try {
            body.run();
        } finally {
            if (held) {
                pool.leave();
            }
            pools.resize(kind, size);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aSearchTurnedAwayGetsTheThemedAccessibleBusyPageAtOnce() throws Exception {
        whileFull(
                PublicRequestPools.Kind.SEARCH,
                () -> mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", "地震"))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string("Retry-After", "5"))
                        .andExpect(header().string("Content-Type", containsString("text/html")))
                        .andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
                        .andExpect(content().string(containsString("<h1>访问人数较多，请稍后再试</h1>")))
                        .andExpect(content().string(containsString("请稍等几秒后刷新页面重试")))
                        .andExpect(content().string(containsString("汶川县"))) // the site's own header, its theme
                        .andExpect(content().string(containsString("error-page"))));
        // with its place back, the same search runs
        mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", "地震")).andExpect(status().isOk());
    }

    @Test
    void cachedPagesAndHealthChecksAreServedWhileTheSearchPoolIsFull() throws Exception {
        mvc.perform(get("/s/" + WENCHUAN + "/")).andExpect(status().isOk()); // now in the page cache
        whileFull(PublicRequestPools.Kind.SEARCH, () -> {
            mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", "重建")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/s/" + WENCHUAN + "/")).andExpect(status().isOk()).andExpect(header().exists("ETag"));
            mvc.perform(get("/s/" + WENCHUAN + "/disclosure/")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        });
    }

    @Test
    void aFilteredCatalogueTurnedAwayGetsTheBusyPageButTheUnfilteredOneIsServed() throws Exception {
        whileFull(PublicRequestPools.Kind.CATALOGUE, () -> {
            mvc.perform(get("/s/" + WENCHUAN + "/disclosure/").param("year", "2026"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().string(containsString("访问人数较多")));
            mvc.perform(get("/s/" + WENCHUAN + "/disclosure/")).andExpect(status().isOk());
        });
    }

    @Test
    void theApiTurnedAwayGetsAProblemDetailInTheAskedLanguage() throws Exception {
        whileFull(
                PublicRequestPools.Kind.API,
                () -> mvc.perform(get("/api/v1/sites/" + WENCHUAN + "/articles").header("Accept-Language", "en"))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string("Retry-After", "5"))
                        .andExpect(jsonPath("$.status").value(503))
                        .andExpect(jsonPath("$.detail").value(containsString("try again in 5 seconds"))));
    }
}
