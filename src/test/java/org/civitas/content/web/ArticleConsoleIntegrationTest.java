package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleState;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.identity.CivitasUser;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@DatabaseTest
class ArticleConsoleIntegrationTest extends ContentIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).accept("text/html").locale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anEditorWritesSavesComparesAndSubmitsAnArticle() throws Exception {
        noChain(WENCHUAN, "news-headlines");
        long site = site(WENCHUAN).id();
        long channel = channel(WENCHUAN, "news-headlines").id();
        mvc.perform(as(wenchuanEditor, get("/admin/articles")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县")))
                .andExpect(content().string(not(containsString("九寨沟县</option>"))));
        mvc.perform(as(
                        wenchuanEditor,
                        get("/admin/articles/new").param("site", "" + site).param("channel", "" + channel)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-richtext")));

        String location = mvc.perform(as(
                        wenchuanEditor,
                        newArticle(site, channel)
                                .param("title", "<script>alert('x')</script>控制台测试")
                                .param("bodyHtml", "<p>正文<img src=x onerror=alert(1)></p>")
                                .param("tags", "防汛、应急")
                                .param("publishAt", "2026-05-12T14:28")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/articles/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String page = mvc.perform(as(wenchuanEditor, get(location)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;控制台测试");
        assertThat(page).doesNotContain("<script>alert('x')").doesNotContain("onerror=alert");
        assertThat(page).contains("value=\"2026-05-12T14:28");

        people.signIn(wenchuanEditor);
        long version = articles.get(id).version();
        ContentIntegrationTestAccess.signOut();
        mvc.perform(as(
                        wenchuanEditor,
                        post(location)
                                .with(csrf())
                                .param("title", "控制台测试（修改）")
                                .param("bodyHtml", "<p>正文修改</p>")
                                .param("version", "" + version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(
                        wenchuanEditor,
                        get(location + "/diff").param("from", "1").param("to", "2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<ins>")));
        mvc.perform(as(wenchuanEditor, post(location + "/submit").with(csrf())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "content.flash.submitted"));

        people.signIn(wenchuanEditor);
        assertThat(articles.get(id).state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(catalogue.published(site, id)).isPresent();
    }

    @Test
    void theHomesDraftsLeadToTheEditorsOwnDraftsAndTheFilterCanBeRemoved() throws Exception {
        String colleague = people.create("wc.colleague", ContentTestUsers.EDITOR_ROLE, "wenchuan");
        long site = site(WENCHUAN).id();
        people.signIn(wenchuanEditor);
        write(WENCHUAN, "news-headlines", ArticleDraft.of("我的草稿" + wenchuanEditor, "<p>正文</p>"));
        people.signIn(colleague);
        write(WENCHUAN, "news-headlines", ArticleDraft.of("同事的草稿" + colleague, "<p>正文</p>"));
        ContentTestUsers.signOut();

        String home = mvc.perform(as(wenchuanEditor, get("/admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("href=\"/admin/articles?state=DRAFT&amp;mine=true\"");

        String mine = mvc.perform(as(
                        wenchuanEditor,
                        get("/admin/articles")
                                .param("site", "" + site)
                                .param("state", "DRAFT")
                                .param("mine", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).contains("我的草稿" + wenchuanEditor).doesNotContain("同事的草稿" + colleague);
        // the filter is visible as a checked box the editor can clear
        assertThat(mine).containsPattern("<input[^>]*id=\"mine\"[^>]*checked");

        String all = mvc.perform(as(
                        wenchuanEditor,
                        get("/admin/articles").param("site", "" + site).param("state", "DRAFT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(all).contains("我的草稿" + wenchuanEditor, "同事的草稿" + colleague);
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsWritten() throws Exception {
        long site = site(WENCHUAN).id();
        long channel = channel(WENCHUAN, "news-headlines").id();
        people.signIn(wenchuanEditor);
        long before = articles.list(site, null, null, false, false, PageRequest.of(0, 1))
                .getTotalElements();
        ContentIntegrationTestAccess.signOut();

        mvc.perform(as(
                        wenchuanEditor,
                        newArticle(site, channel).param("title", " ").param("bodyHtml", "<p>x</p>")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("标题不能为空")));
        mvc.perform(as(
                        wenchuanEditor,
                        newArticle(site, channel).param("title", "外链").param("externalUrl", "javascript:alert(1)")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的 http 或 https 链接")));

        people.signIn(wenchuanEditor);
        assertThat(articles.list(site, null, null, false, false, PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void anotherSitesEditorAndNonEditorsAreRefused() throws Exception {
        people.signIn(wenchuanEditor);
        var a = write(WENCHUAN, "news-headlines", org.civitas.content.ArticleDraft.of("汶川的稿件", "<p>x</p>"));
        ContentIntegrationTestAccess.signOut();

        mvc.perform(as(jiuzhaigouEditor, get("/admin/articles/" + a.id()))).andExpect(status().isForbidden());
        mvc.perform(as(
                        jiuzhaigouEditor,
                        post("/admin/articles/" + a.id() + "/submit").with(csrf())))
                .andExpect(status().isForbidden());
        mvc.perform(as(reviewer, get("/admin/articles"))).andExpect(status().isForbidden());
    }

    @Test
    void aSiteAdministratorSetsTheChannelsReviewChainAndTheIndexRule() throws Exception {
        long site = site(WENCHUAN).id();
        long channel = channel(WENCHUAN, "news-notices").id();
        String chain = oneStepChain(WENCHUAN, "news-departments");
        mvc.perform(as("admin", get("/admin/sites/" + site + "/article-settings")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("通知公告")));
        mvc.perform(as(
                        "admin",
                        post("/admin/sites/" + site + "/article-settings/channels/" + channel)
                                .with(csrf())
                                .param("chainCode", chain)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "common.saved"));
        assertThat(channelReview.chainOf(channel)).contains(chain);
        mvc.perform(as(
                        "admin",
                        post("/admin/sites/" + site + "/article-settings/index-rule")
                                .with(csrf())
                                .param("authorityCode", "bad code")
                                .param("pattern", "{authority}/{year}-{seq:5}")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("机关代码应为")));
        mvc.perform(as(wenchuanEditor, get("/admin/sites/" + site + "/article-settings")))
                .andExpect(status().isForbidden());
    }

    /** The console's form for a new article in the channel, with the CSRF token; the test adds the fields. */
    private static MockHttpServletRequestBuilder newArticle(long site, long channel) {
        return post("/admin/articles")
                .with(csrf())
                .param("site", "" + site)
                .param("channel", "" + channel)
                .param("version", "0");
    }
}
