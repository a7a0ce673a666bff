package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.civitas.content.PublicContentChanged;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    @Test
    void keepsGzipBytesAndAnEtagPerEncoding() throws IOException {
        String html = "<p>阿坝州</p>".repeat(200);
        CachedPage page = CachedPage.of(RenderedPage.html(200, html), Instant.parse("2026-05-12T06:28:00.5Z"));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(page.gzip())).readAllBytes())
                .isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(page.lastModifiedHeader()).isEqualTo("Tue, 12 May 2026 06:28:00 GMT");
        assertThat(page.matches(page.etag())).isTrue();
        assertThat(page.matches("W/" + page.gzipEtag())).isTrue();
        assertThat(page.matches("\"other\", " + page.etag())).isTrue();
        assertThat(page.matches("\"other\"")).isFalse();
    }

    @Test
    void evictionRemovesThePagesAChangeAffectsAndNoOthers() {
        var channels = new SiteClusterSnapshot.SiteChannels(java.util.List.of(Fixtures.NEWS, Fixtures.DISCLOSURE));
        var affected = AffectedPages.of(
                new PublicContentChanged(7, Set.of(1L), Set.of(11L), PublicContentChanged.Change.WITHDRAWN), channels);
        assertThat(affected.contains("/index.html")).isTrue();
        assertThat(affected.contains("/a/7.html")).isTrue();
        assertThat(affected.contains("/c/news-headlines/index.html")).isTrue();
        assertThat(affected.contains("/c/news/2.html")).isTrue(); // the parent lists its children's articles
        assertThat(affected.contains("/c/news/feed.atom")).isTrue();
        assertThat(affected.contains("/sitemap.xml")).isTrue();
        assertThat(affected.contains("/a/8.html")).isFalse();
        assertThat(affected.contains("/c/disclosure/index.html")).isFalse();
    }

    @Test
    void aPageRenderedBeforeAnEvictionIsNotStoredAfterIt() {
        var cache = new PageCache(Fixtures.settings());
        var key = new PageCache.Key(1, "", "", "/a/7.html");
        long generation = cache.generation(1);
        cache.evict(1, path -> path.equals("/a/7.html"));
        cache.put(key, CachedPage.of(RenderedPage.html(200, "old"), Instant.now()), generation);
        assertThat(cache.get(key)).isNull();
        cache.put(key, CachedPage.of(RenderedPage.html(200, "new"), Instant.now()), cache.generation(1));
        assertThat(cache.get(key)).isNotNull();
    }
}
