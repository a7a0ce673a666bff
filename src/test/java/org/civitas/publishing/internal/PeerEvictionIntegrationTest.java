package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civitas.content.ArticleDraft;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Several copies of the application behind a load balancer: what one copy changes, the others evict
 * within their next look at {@code publishing_change}; and many simultaneous writers (more than the
 * pool's connections) finish their after-commit work instead of waiting on each other.
 */
@DatabaseTest
@CivitasIntegrationTest
class PeerEvictionIntegrationTest {

    static final String WENCHUAN = "5132210001";
    static final String JIUZHAIGOU = "5132250001";

    @Autowired
    PeerEviction peers;

    @Autowired
    PageCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteDirectory sites;

    @Autowired
    ArticleOperations operations;

    @Autowired
    EventPublicationRegistry publications;

    private long site(String code) {
        return sites.findByCode(code).orElseThrow().id();
    }

    private PageCache.Key cached(long siteId, String path) {
        PageCache.Key key = new PageCache.Key(siteId, "", "", path);
        cache.put(
                key,
                CachedPage.of(RenderedPage.html(200, "<p>" + path + "</p>"), Instant.now()),
                cache.generation(siteId));
        assertThat(cache.get(key)).isNotNull();
        return key;
    }

    private void noteFromAnotherCopy(Long siteId) {
        jdbc.sql("insert into publishing_change (node, site_id, changed_at) values (?, ?, ?)")
                .params("another-copy", siteId, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @Test
    void whatAnotherCopyChangedIsEvictedHereAndOnlyThat() {
        peers.follow(); // the first look only learns where the notes stand
        long wenchuan = site(WENCHUAN);
        long jiuzhaigou = site(JIUZHAIGOU);
        PageCache.Key changed = cached(wenchuan, "/index.html");
        PageCache.Key untouched = cached(jiuzhaigou, "/index.html");

        noteFromAnotherCopy(wenchuan);
        peers.follow();

        assertThat(cache.get(changed)).isNull();
        assertThat(cache.get(untouched)).isNotNull();

        noteFromAnotherCopy(null);
        peers.follow();
        assertThat(cache.get(untouched))
                .as("a cluster change evicts every site")
                .isNull();
    }

    @Test
    void thisCopysOwnChangesAreNotedForTheOthersButNotEvictedTwice() {
        peers.follow();
        long wenchuan = site(WENCHUAN);
        long before = jdbc.sql("select count(*) from publishing_change where site_id = ?")
                .param(wenchuan)
                .query(Long.class)
                .single();

        operations.publish("cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of("多副本缓存测试", "<p>正文</p>"));

        long after = jdbc.sql("select count(*) from publishing_change where site_id = ?")
                .param(wenchuan)
                .query(Long.class)
                .single();
        assertThat(after).isGreaterThan(before);
        PageCache.Key page = cached(wenchuan, "/index.html");
        peers.follow();
        assertThat(cache.get(page))
                .as("its own note is not a reason to evict again")
                .isNotNull();
    }

    @Test
    void moreSimultaneousWritersThanPooledConnectionsAllFinishTheirAfterCommitWork() throws Exception {
        int writers = 12; // the tests' pool has 8 connections
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Long>> published = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String title = "并发发布 " + i;
                published.add(pool.submit(() -> operations
                        .publish("cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of(title, "<p>并发</p>"))
                        .id()));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : published) {
                ids.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(publications.findIncompletePublications())
                    .extracting(p -> p.getEvent())
                    .filteredOn(
                            event -> event instanceof PublicContentChanged changed && ids.contains(changed.articleId()))
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
