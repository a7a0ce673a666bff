package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleMoved;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.content.PublicContentChanged;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.site.ChannelRemoval;
import org.civitas.site.ChannelService;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Removing a channel never orphans its articles: a channel that holds articles is refused with their count
 * unless the administrator moves them to another channel of the site, as they are or withdrawn first.
 */
@DatabaseTest
class ChannelRemovalIntegrationTest extends ContentIntegrationTest {

    @Autowired
    ChannelService channelService;

    @Autowired
    PublicSearcher searcher;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String writer;
    long siteId;
    ChannelView local;
    ChannelView target;

    @BeforeEach
    void localChannel() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        writer = people.create("wc.rm", ContentTestUsers.SHARER_ROLE, "wenchuan");
        siteId = site(WENCHUAN).id();
        people.signIn("admin");
        String code = "notices-" + UUID.randomUUID().toString().substring(0, 8);
        local = channelService.add(siteId, null, code, "临时公告", ChannelType.LIST);
        ContentTestUsers.signOut();
        noChain(WENCHUAN, code);
        noChain(WENCHUAN, "news-headlines");
        target = channel(WENCHUAN, "news-headlines");
    }

    @Test
    void aChannelWithArticlesIsRefusedWithTheirCountThenItsArticlesMoveAndStayPublic() throws Exception {
        ArticleView live = published(local, "汶川县临时交通管制公告", "<p>映秀镇至漩口镇段临时交通管制。</p>");
        people.signIn(writer);
        ArticleView draft = articles.create(siteId, local.id(), ArticleDraft.of("汶川县停水通知草稿", "<p>草稿。</p>"));

        people.signIn("admin");
        assertThatThrownBy(() -> channelService.remove(local.id())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("site.channel.remove.articles");
            assertThat(e.arguments()).contains(2L);
        });
        assertThatThrownBy(() -> channelService.remove(local.id(), ChannelRemoval.MOVE, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.remove.target.required"));
        assertThat(flatten(sites.channels(siteId))).contains(local.id());
        ContentTestUsers.signOut();

        // the console says why and offers the choices
        String page = "/admin/sites/" + siteId + "/channels/" + local.id() + "/delete";
        mvc.perform(as("admin", post(page).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还有 2 篇文章")))
                .andExpect(content().string(containsString("value=\"MOVE\"")))
                .andExpect(content().string(containsString("value=\"WITHDRAW\"")));

        events.clear();
        mvc.perform(as("admin", post(page).with(csrf()))
                        .param("removal", "MOVE")
                        .param("targetChannelId", String.valueOf(target.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(flatten(sites.channels(siteId))).doesNotContain(local.id());
        assertThat(events.stream(ArticleMoved.class))
                .extracting(ArticleMoved::articleId)
                .containsExactlyInAnyOrder(live.id(), draft.id());
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("channel:delete", "content:move");
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.articleId()).isEqualTo(live.id());
            assertThat(e.channelIds()).contains(local.id(), target.id());
        });

        people.signIn(writer);
        assertThat(articles.get(live.id()).channelId()).isEqualTo(target.id());
        assertThat(articles.get(live.id()).state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(articles.get(draft.id()).channelId()).isEqualTo(target.id());
        ContentTestUsers.signOut();
        assertThat(catalogue.published(siteId, live.id()))
                .hasValueSatisfying(p -> assertThat(p.summary().channelId()).isEqualTo(target.id()));
        mvc.perform(get("/s/" + WENCHUAN + "/c/" + target.code() + "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县临时交通管制公告")));
        assertThat(found("漩口镇")).contains(live.id());
    }

    @Test
    void theWithdrawChoiceTakesThePublicArticlesOffTheSitesAndKeepsThemInTheChosenChannel() throws Exception {
        ArticleView live = published(local, "汶川县临时供电调整公告", "<p>威州镇部分区域临时停电检修。</p>");
        assertThat(found("威州镇")).contains(live.id());

        people.signIn("admin");
        events.clear();
        channelService.remove(local.id(), ChannelRemoval.WITHDRAW, target.id());
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("content:withdraw", "content:move", "channel:delete");
        ContentTestUsers.signOut();

        people.signIn(writer);
        assertThat(articles.get(live.id()).state()).isEqualTo(ArticleState.WITHDRAWN);
        assertThat(articles.get(live.id()).channelId()).isEqualTo(target.id());
        ContentTestUsers.signOut();
        assertThat(catalogue.published(siteId, live.id())).isEmpty();
        mvc.perform(get("/s/" + WENCHUAN + "/a/" + live.id() + ".html")).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + WENCHUAN + "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("汶川县临时供电调整公告"))));
        assertThat(found("威州镇")).doesNotContain(live.id());
    }

    @Test
    void onlyAnotherChannelOfTheSameTypeOnTheSiteCanTakeTheArticles() {
        published(local, "汶川县临时通告", "<p>通告。</p>");
        people.signIn("admin");
        assertThatThrownBy(() -> channelService.remove(local.id(), ChannelRemoval.MOVE, local.id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.remove.target.invalid"));
        long otherSite = channel(JIUZHAIGOU, "news-headlines").id();
        assertThatThrownBy(() -> channelService.remove(local.id(), ChannelRemoval.MOVE, otherSite))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.remove.target.invalid"));
        assertThat(flatten(sites.channels(siteId))).contains(local.id());
        ContentTestUsers.signOut();
    }

    private static List<Long> flatten(List<ChannelView> tree) {
        return tree.stream()
                .flatMap(c -> Stream.concat(Stream.of(c.id()), flatten(c.children()).stream()))
                .toList();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(
            String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private List<Long> found(String text) {
        return searcher
                .search(new PublicSearcher.Query(text, Set.of(siteId), null, null, null, null, false, 1))
                .hits()
                .stream()
                .map(PublicSearcher.Hit::articleId)
                .toList();
    }

    private ArticleView published(ChannelView channel, String title, String body) {
        people.signIn(writer);
        ArticleView a = articles.create(siteId, channel.id(), ArticleDraft.of(title, body));
        ArticleView submitted = articles.submit(a.id());
        ContentTestUsers.signOut();
        return submitted;
    }
}
