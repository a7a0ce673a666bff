package org.civitas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.site.ContentLanguage;
import org.civitas.site.SiteChange;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tibetan beside Chinese (阿坝州): a bilingual article is found by a Tibetan word and by a Chinese word, its
 * public page marks the Tibetan parts {@code lang="bo"}, and a site marked Tibetan has Tibetan pages.
 */
@DatabaseTest
@AutoConfigureMockMvc
class TibetanContentIntegrationTest extends ContentIntegrationTest {

    static final String BODY = "<p>བོད་ལུགས་ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།</p>"
            + "<p>祝全县各族群众藏历新年吉祥如意！</p>"
            + "<p lang=\"bo\">གསེང་ཉིན་རྗེས་ཀྱི་ལས་ཉིན་དང་པོ་ནས་རྒྱུན་ལྡན་ལྟར་ལས་ཀ་བྱེད།</p>";

    @Autowired
    ArticleOperations operations;

    @Autowired
    PublicSearcher searcher;

    @Autowired
    SiteService siteService;

    @Autowired
    MockMvc mvc;

    private List<Long> found(String text) {
        return searcher
                .search(new PublicSearcher.Query(text, Set.of(site(JIUZHAIGOU).id()), null, null, null, null, false, 1))
                .hits()
                .stream()
                .map(PublicSearcher.Hit::articleId)
                .toList();
    }

    @Test
    void aBilingualArticleIsFoundByATibetanWordAndByAChineseWordAndMarksItsTibetanParts() throws Exception {
        ArticleView a = operations.publish(
                "cli:tester",
                JIUZHAIGOU,
                "news-headlines",
                ArticleDraft.of("九寨沟县藏历新年放假安排 ལོ་གསར།", BODY).inLanguage(ContentLanguage.TIBETAN_CHINESE));

        assertThat(found("ལོ་གསར")).contains(a.id());
        assertThat(found("བཀྲ་ཤིས་བདེ་ལེགས")).contains(a.id());
        assertThat(found("ལས་ཉིན")).contains(a.id());
        assertThat(found("藏历新年")).contains(a.id());
        assertThat(found("རྒྱ་མཚོ")).doesNotContain(a.id());

        String page = mvc.perform(get("/s/" + JIUZHAIGOU + "/a/" + a.id() + ".html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<html lang=\"zh-CN\">")
                .contains("<p lang=\"bo\">བོད་ལུགས་ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།</p>")
                .contains("<p>祝全县各族群众藏历新年吉祥如意！</p>")
                .contains("<p lang=\"bo\">གསེང་ཉིན་རྗེས་");

        // the theme serves the Tibetan web font it names for U+0F00-0FFF
        assertThat(html("/assets/default/css/site.css"))
                .contains("font-family: \"Noto Serif Tibetan\"", "noto-serif-tibetan-400.woff2", "U+0F00-0FFF");
        var font = mvc.perform(get("/assets/default/fonts/noto-serif-tibetan-400.woff2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(font.getContentType()).isEqualTo("font/woff2");
        assertThat(new String(font.getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("wOF2");
    }

    @Test
    void aTibetanSiteHasTibetanPagesAndATibetanArticleOnAChineseSiteIsMarkedAsSuch() throws Exception {
        ArticleView tibetan = operations.publish(
                "cli:tester",
                JIUZHAIGOU,
                "news-headlines",
                ArticleDraft.of("ལོ་གསར་གྱི་བརྡ་ཁྱབ།", "<p>ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།</p>")
                        .inLanguage(ContentLanguage.TIBETAN));
        String path = "/s/" + JIUZHAIGOU + "/a/" + tibetan.id() + ".html";
        assertThat(html(path)).contains("<html lang=\"zh-CN\">").contains("<article class=\"article\" lang=\"bo\">");

        SiteView site = site(JIUZHAIGOU);
        people.signIn("admin");
        try {
            SiteView changed = siteService.change(site.id(), change(site, ContentLanguage.TIBETAN));
            assertThat(changed.language()).isEqualTo(ContentLanguage.TIBETAN);
            assertThat(siteService.get(site.id()).language()).isEqualTo(ContentLanguage.TIBETAN);
            assertThat(html(path)).contains("<html lang=\"bo\">").contains("<article class=\"article\">");
        } finally {
            people.signIn("admin"); // a MockMvc request clears the security context
            siteService.change(site.id(), change(site, ContentLanguage.CHINESE));
            ContentTestUsers.signOut();
        }
    }

    private static SiteChange change(SiteView site, ContentLanguage language) {
        return new SiteChange(site.name(), site.domains(), site.registration(), site.theme(), language);
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
