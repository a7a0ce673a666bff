package org.civitas.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentPermissions;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public sites of the demo cluster through the whole filter chain (cache filter, session,
 * security): resolution by host and by path, the theme's 404 page, conditional requests, gzip, cache
 * eviction on publish and withdrawal, feeds, the sitemap and the aggregation API.
 */
@CivitasIntegrationTest
class PublicSiteIntegrationTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;
    static final String PORTAL = "5132000001";
    static final String WENCHUAN = "5132210001";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleOperations operations;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService details;

    @Autowired
    UserService userService;

    @Autowired
    UserDirectory users;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    org.civitas.content.ChannelReviewSettings channelReview;

    @Autowired
    org.civitas.site.trusted.SiteDirectory siteDirectory;

    private ArticleView publish(String site, String channel, String title) {
        return operations.publish("test", site, channel, ArticleDraft.of(title, "<p>" + title + "的正文。</p>"));
    }

    @Test
    void sitesAreChosenByHostAndUnknownHostsGetThePortal() throws Exception {
        mvc.perform(get("/").header("Host", "www.wenchuan.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(content().string(containsString("<title>汶川县</title>")))
                .andExpect(content().string(containsString("href=\"//www.abazhou.gov.cn/\"")));
        mvc.perform(get("/index.html").header("Host", "unknown.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>中国阿坝州</title>")));
    }

    @Test
    void theFallbackPortalOnLocalhostLinksEverySiteByPath() throws Exception {
        // a site's own host still links the others by their domains; localhost matches no site, gets the
        // portal, and must link the sites on this host, since their domains do not resolve here
        mvc.perform(get("/").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"//www.wenchuan.gov.cn/\"")));
        for (String uri : new String[] {"/", "/", "/index.html"}) { // twice: the cached copy too
            mvc.perform(get(uri).header("Host", "localhost"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<title>中国阿坝州</title>")))
                    .andExpect(content().string(containsString("href=\"/s/" + WENCHUAN + "/\"")))
                    .andExpect(content().string(containsString("href=\"/s/" + PORTAL + "/\"")))
                    .andExpect(content().string(not(containsString("href=\"//www."))));
        }
        mvc.perform(get("/").header("Host", "www.abazhou.gov.cn"))
                .andExpect(content().string(containsString("href=\"//www.wenchuan.gov.cn/\"")))
                .andExpect(content().string(not(containsString("href=\"/s/" + WENCHUAN + "/\""))));
    }

    @Test
    void pathPrefixesWorkOnAnyHostAndKeepEveryLinkOnIt() throws Exception {
        mvc.perform(get("/s/" + WENCHUAN + "/").header("Host", "localhost"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>汶川县</title>")))
                .andExpect(content().string(containsString("href=\"/s/" + PORTAL + "/\"")))
                .andExpect(content().string(containsString("href=\"/s/" + WENCHUAN + "/c/news-headlines/\"")))
                .andExpect(content().string(not(containsString("\"//www."))));
    }

    @Test
    void unknownPagesGetTheThemesNotFoundPage() throws Exception {
        mvc.perform(get("/s/" + PORTAL + "/c/no-such-channel/"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(containsString("中国阿坝州")));
        mvc.perform(get("/a/999999999.html").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
    }

    @Test
    void theConsoleAndOtherApisStayClosed() throws Exception {
        mvc.perform(get("/admin").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/s/" + PORTAL + "/admin").accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/blobs/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarryEtagsAnswer304AndComeGzipped() throws Exception {
        MvcResult first = mvc.perform(get("/s/" + PORTAL + "/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andExpect(header().exists("Last-Modified"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        mvc.perform(get("/s/" + PORTAL + "/").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/s/" + PORTAL + "/")
                        .header("If-Modified-Since", first.getResponse().getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        MvcResult gzip = mvc.perform(get("/s/" + PORTAL + "/").header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andReturn();
        byte[] unzipped = new GZIPInputStream(
                        new ByteArrayInputStream(gzip.getResponse().getContentAsByteArray()))
                .readAllBytes();
        assertThat(unzipped).isEqualTo(first.getResponse().getContentAsByteArray());
        mvc.perform(head("/s/" + PORTAL + "/")).andExpect(status().isOk()).andExpect(header().string("ETag", etag));
        // the cached page is served without a session
        assertThat(first.getResponse().getCookie("CIVITAS_SESSION")).isNull();
    }

    @Test
    void aPublishedArticleAppearsAndAWithdrawnOneDisappearsAtOnce() throws Exception {
        String home = "/s/" + WENCHUAN + "/";
        mvc.perform(get(home)).andExpect(status().isOk()); // cached now
        ArticleView article = publish(WENCHUAN, "news-headlines", "汶川县召开灾后重建推进会");
        String page = "/s/" + WENCHUAN + "/a/" + article.id() + ".html";
        mvc.perform(get(home)).andExpect(content().string(containsString("汶川县召开灾后重建推进会")));
        mvc.perform(get("/s/" + WENCHUAN + "/c/news-headlines/"))
                .andExpect(content().string(containsString("汶川县召开灾后重建推进会")));
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县召开灾后重建推进会的正文。")));
        withdraw(article);
        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get(home)).andExpect(content().string(not(containsString("汶川县召开灾后重建推进会"))));
        mvc.perform(get("/s/" + WENCHUAN + "/c/news-headlines/"))
                .andExpect(content().string(not(containsString("汶川县召开灾后重建推进会"))));
    }

    /** Withdraws as a real editor of 汶川县 (created once, granted content:write by the security administrator). */
    private void withdraw(ArticleView article) {
        asWenchuanEditor(() -> articles.withdraw(article.id()));
    }

    private void asWenchuanEditor(Runnable action) {
        String username = "pub.editor";
        if (users.findByUsername(username).isEmpty()) {
            long org = organisations.all().stream()
                    .filter(o -> o.code().equals("wenchuan"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            signIn("admin");
            long userId = userService
                    .create(new UserDraft(username, username, org, null, null, PASSWORD))
                    .user()
                    .id();
            signIn("secadmin");
            var role = roles.create(
                    new RoleDraft("PUB_TEST_EDITOR", "PUB_TEST_EDITOR", null, Set.of(ContentPermissions.WRITE)));
            roles.grant(userId, role.id(), DataScope.SUBTREE, org);
        }
        signIn(username);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String username) {
        RunAs.signIn(details, username);
    }

    @Test
    void feedsSitemapAndTheAggregationApi() throws Exception {
        // the API lists oldest first: ask from just before this article, past the demo articles
        String since = java.time.Instant.now().minusSeconds(1).toString();
        ArticleView article = publish(PORTAL, "news-notices", "关于做好防汛工作的通知");
        mvc.perform(get("/c/news-notices/feed.atom").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andExpect(content().string(containsString("<title>关于做好防汛工作的通知</title>")))
                .andExpect(content()
                        .string(containsString("<id>https://www.abazhou.gov.cn/a/" + article.id() + ".html</id>")));
        mvc.perform(get("/feed.rss").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<rss version=\"2.0\">")));
        mvc.perform(get("/sitemap.xml").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<loc>https://www.abazhou.gov.cn/a/" + article.id() + ".html</loc>")));
        mvc.perform(get("/api/v1/sites/" + PORTAL + "/articles").param("since", since))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + article.id() + ")].url")
                        .value("https://www.abazhou.gov.cn/a/" + article.id() + ".html"))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/sites/" + PORTAL + "/articles").param("since", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("since"))
                .andExpect(jsonPath("$.detail", startsWith("参数 since")));
        mvc.perform(get("/api/v1/sites/" + PORTAL + "/articles").param("size", "1000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sites/0000000000/articles")).andExpect(status().isNotFound());
    }

    @Test
    void theAggregationApiReportsWithdrawalsUntilTheArticleIsPublishedAgain() throws Exception {
        String since = java.time.Instant.now().minusSeconds(1).toString();
        ArticleView article = publish(WENCHUAN, "news-headlines", "汶川县召开安全生产会议");
        String api = "/api/v1/sites/" + WENCHUAN + "/articles";
        String item = "$.items[?(@.id == " + article.id() + ")]";
        MvcResult synced = mvc.perform(get(api).param("since", since).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".withdrawn").value(false))
                .andExpect(jsonPath(item + ".title").value("汶川县召开安全生产会议"))
                .andReturn();
        String lastAt = com.jayway.jsonpath.JsonPath.read(synced.getResponse().getContentAsString(), "$.items[-1].at");

        withdraw(article);
        mvc.perform(get(api).param("since", lastAt).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".withdrawn").value(true))
                .andExpect(jsonPath(item + ".at").exists())
                .andExpect(jsonPath(item + ".title").doesNotExist());

        // published again on submit: without the demo's review chain on 要闻
        var demoChains = org.civitas.support.DemoReviewChains.clear(siteDirectory, channelReview, details);
        try {
            asWenchuanEditor(() -> articles.submit(article.id()));
            mvc.perform(get(api).param("since", lastAt).param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item + ".withdrawn").value(false))
                    .andExpect(jsonPath(item + ".title").value("汶川县召开安全生产会议"));
        } finally {
            org.civitas.support.DemoReviewChains.restore(channelReview, details, demoChains);
        }
    }

    @Test
    void aSharedArticleIsOnTheReceivingSiteWithACanonicalLinkToItsSourceUntilTheSourceIsWithdrawn() throws Exception {
        ArticleView article = publish(WENCHUAN, "news-headlines", "汶川县举办樱桃文化旅游节");
        String portalHost = "www.abazhou.gov.cn";
        // cached on the portal before the share: accepting it must evict
        mvc.perform(get("/c/news-counties/").header("Host", portalHost))
                .andExpect(content().string(not(containsString("汶川县举办樱桃文化旅游节"))));
        mvc.perform(get("/a/" + article.id() + ".html").header("Host", portalHost))
                .andExpect(status().isNotFound());

        operations.share("demo", article.id(), PORTAL, "news-counties");

        mvc.perform(get("/c/news-counties/").header("Host", portalHost))
                .andExpect(content().string(containsString("汶川县举办樱桃文化旅游节")));
        mvc.perform(get("/a/" + article.id() + ".html").header("Host", portalHost))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<link rel=\"canonical\" href=\"https://www.wenchuan.gov.cn/a/"
                                + article.id() + ".html\">")))
                .andExpect(content().string(containsString("转自：<a href=\"//www.wenchuan.gov.cn/a/")));
        mvc.perform(get("/s/" + PORTAL + "/a/" + article.id() + ".html"))
                .andExpect(content()
                        .string(containsString("<link rel=\"canonical\" href=\"http://localhost/s/" + WENCHUAN + "/a/"
                                + article.id() + ".html\">")));
        mvc.perform(get("/a/" + article.id() + ".html").header("Host", "www.wenchuan.gov.cn"))
                .andExpect(content().string(not(containsString("rel=\"canonical\""))));
        mvc.perform(get("/sitemap.xml").header("Host", portalHost))
                .andExpect(content().string(containsString("/a/" + article.id() + ".html</loc>")));
        mvc.perform(get("/c/news-counties/feed.atom").header("Host", portalHost))
                .andExpect(content().string(containsString("<title>汶川县举办樱桃文化旅游节</title>")));
        mvc.perform(get("/api/v1/sites/" + PORTAL + "/articles").param("size", "100"))
                .andExpect(jsonPath("$.items[?(@.id == " + article.id() + ")].sourceSiteCode")
                        .value(WENCHUAN))
                .andExpect(jsonPath("$.items[?(@.id == " + article.id() + ")].canonicalUrl")
                        .value("https://www.wenchuan.gov.cn/a/" + article.id() + ".html"));

        withdraw(article);
        mvc.perform(get("/a/" + article.id() + ".html").header("Host", portalHost))
                .andExpect(status().isNotFound());
        mvc.perform(get("/c/news-counties/").header("Host", portalHost))
                .andExpect(content().string(not(containsString("汶川县举办樱桃文化旅游节"))));
    }

    @Test
    void theDisclosureCatalogueFiltersByQuery() throws Exception {
        mvc.perform(get("/s/" + PORTAL + "/disclosure/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("政府信息公开目录")));
        mvc.perform(get("/s/" + PORTAL + "/disclosure/").param("year", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无信息")));
    }

    @Test
    void themeAssetsAreCachedForLong() throws Exception {
        mvc.perform(get("/assets/default/css/site.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(content().string(containsString("elder")));
        mvc.perform(get("/assets/default/../../application.yml")).andExpect(status().is4xxClientError());
        mvc.perform(get("/assets/nothing/css/site.css")).andExpect(status().isNotFound());
    }
}
