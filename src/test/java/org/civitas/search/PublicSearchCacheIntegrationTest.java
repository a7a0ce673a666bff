package org.civitas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.search.internal.PublicSearchCache;
import org.civitas.search.internal.PublicSearcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public search's result cache: a repeated search is answered from it, and a publication on a site
 * makes the next search of that site (and of the cluster) find the new article, while other sites'
 * cached results stay.
 */
class PublicSearchCacheIntegrationTest extends ContentIntegrationTest {

    @Autowired
    PublicSearchCache cache;

    @Autowired
    ArticleOperations operations;

    @Autowired
    MockMvc mvc;

    private PublicSearcher.Query query(String text, long... siteIds) {
        Set<Long> ids = new java.util.HashSet<>();
        for (long id : siteIds) {
            ids.add(id);
        }
        return new PublicSearcher.Query(text, ids, null, null, null, null, false, 1);
    }

    /** A word no other test publishes, so that the counts are this test's own. */
    private static String uniqueWord() {
        StringBuilder b = new StringBuilder("quake");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilAPublicationChangesItsResults() throws Exception {
        String word = uniqueWord();
        long wenchuan = site(WENCHUAN).id();
        long jiuzhaigou = site(JIUZHAIGOU).id();
        String text = "堰塞湖排险 " + word;

        PublicSearcher.Results first = cache.search(query(text, wenchuan));
        assertThat(first.total()).isZero();
        assertThat(cache.search(query("  堰塞湖排险   " + word + " ", wenchuan)))
                .as("the same normalised query is the same cached result")
                .isSameAs(first);
        PublicSearcher.Results other = cache.search(query(text, jiuzhaigou));
        PublicSearcher.Results cluster = cache.search(query(text, wenchuan, jiuzhaigou));
        mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", text))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("search-total\">0<")));

        ArticleView a = operations.publish(
                "cli:tester",
                WENCHUAN,
                "news-headlines",
                ArticleDraft.of("汶川县开展堰塞湖排险演练", "<p>演练代号 " + word + "，检验应急队伍的排险能力。</p>"));

        PublicSearcher.Results after = cache.search(query(text, wenchuan));
        assertThat(after.hits()).extracting(PublicSearcher.Hit::articleId).containsExactly(a.id());
        assertThat(cache.search(query(text, wenchuan, jiuzhaigou)).total())
                .as("the cluster's results change with any of its sites")
                .isEqualTo(1);
        assertThat(cluster.total()).isZero();
        assertThat(cache.search(query(text, jiuzhaigou)))
                .as("another site's results are not searched again")
                .isSameAs(other);
        mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", text))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("search-total\">1<")))
                .andExpect(content().string(Matchers.containsString("/a/" + a.id() + ".html")));
    }
}
