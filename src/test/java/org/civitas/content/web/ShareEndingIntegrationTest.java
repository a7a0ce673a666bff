package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleSummary;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.ShareChanged;
import org.civitas.content.ShareService;
import org.civitas.content.ShareState;
import org.civitas.content.ShareView;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.site.ChannelService;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The receiving side ends shares: 九寨沟县 carries 汶川县 articles in a local channel; removing the channel
 * takes them off 九寨沟县's pages and search while 汶川县 keeps them, closing the channel to pushes ends only
 * the pending pushes. And the share lists are paged.
 */
@DatabaseTest
class ShareEndingIntegrationTest extends ContentIntegrationTest {

    @Autowired
    ShareService shares;

    @Autowired
    ChannelService channelService;

    @Autowired
    PublicSearcher searcher;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String sharer;
    long receiving;
    ChannelView reprints;

    @BeforeEach
    void reprintChannel() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        sharer = people.create("wc.end.sharer", ContentTestUsers.SHARER_ROLE, "wenchuan");
        noChain(WENCHUAN, "news-headlines");
        receiving = site(JIUZHAIGOU).id();
        people.signIn("admin");
        String code = "reprints-" + UUID.randomUUID().toString().substring(0, 8);
        reprints = channelService.add(receiving, null, code, "兄弟县市转载", ChannelType.LIST);
        shares.setAccepting(receiving, reprints.id(), true);
        ContentTestUsers.signOut();
        events.clear();
    }

    @Test
    void aRemovedChannelEndsItsSharesAndTheCopiesLeaveTheReceivingSiteOnly() throws Exception {
        ArticleView carried = published("汶川县甜樱桃喜获丰收", "<p>车厘子基地迎来采摘季，果农增收。</p>");
        ArticleView waiting = published("汶川县举办羌绣技能培训", "<p>羌绣培训班开班。</p>");
        people.signIn(sharer);
        ShareView accepted = shares.push(carried.id(), receiving, reprints.id());
        ShareView pending = shares.push(waiting.id(), receiving, reprints.id());
        people.signIn(jiuzhaigouEditor);
        shares.accept(accepted.id());
        ContentTestUsers.signOut();

        String onReceiving = "/s/" + JIUZHAIGOU + "/a/" + carried.id() + ".html";
        String channelPage = "/s/" + JIUZHAIGOU + "/c/" + reprints.code() + "/";
        mvc.perform(get(onReceiving)).andExpect(status().isOk()); // now cached
        mvc.perform(get(channelPage))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县甜樱桃喜获丰收")));
        assertThat(found("车厘子", JIUZHAIGOU)).contains(carried.id());
        assertThat(found("车厘子", WENCHUAN)).contains(carried.id());

        people.signIn("admin");
        events.clear();
        channelService.remove(reprints.id());
        ContentTestUsers.signOut();

        assertThat(events.stream(ShareChanged.class))
                .extracting(ShareChanged::shareId, ShareChanged::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(pending.id(), ShareState.CHANNEL_REMOVED),
                        org.assertj.core.groups.Tuple.tuple(accepted.id(), ShareState.CHANNEL_REMOVED));
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("channel:delete", "content:share-end");
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.articleId()).isEqualTo(carried.id());
            assertThat(e.change()).isEqualTo(PublicContentChanged.Change.WITHDRAWN);
            assertThat(e.siteIds()).containsExactly(receiving);
        });

        // gone from the receiving site: its page, its lists, its search
        mvc.perform(get(onReceiving)).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + JIUZHAIGOU + "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("汶川县甜樱桃喜获丰收"))));
        assertThat(catalogue.published(receiving, carried.id())).isEmpty();
        assertThat(catalogue.latest(receiving, 100))
                .extracting(ArticleSummary::id)
                .doesNotContain(carried.id());
        assertThat(found("车厘子", JIUZHAIGOU)).doesNotContain(carried.id());
        assertThat(catalogue.changesSince(receiving, java.time.Instant.EPOCH, PageRequest.of(0, 1000)))
                .as("the receiving site's aggregators hear of the withdrawal")
                .filteredOn(c -> c.id() == carried.id())
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isTrue());

        // the source site is untouched
        mvc.perform(get("/s/" + WENCHUAN + "/a/" + carried.id() + ".html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县甜樱桃喜获丰收")));
        assertThat(catalogue.published(carried.siteId(), carried.id())).isPresent();
        assertThat(found("车厘子", WENCHUAN)).contains(carried.id());

        // both sides see why, with the removed channel's name
        people.signIn(sharer);
        assertThat(shares.of(carried.id(), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.state()).isEqualTo(ShareState.CHANNEL_REMOVED);
                    assertThat(s.targetChannelName()).isEqualTo("兄弟县市转载");
                    assertThat(s.decidedBy()).isEqualTo("admin");
                });
        assertThat(shares.of(waiting.id(), PageRequest.of(0, 10)).getContent())
                .extracting(ShareView::state)
                .containsExactly(ShareState.CHANNEL_REMOVED);
        people.signIn(jiuzhaigouEditor);
        assertThatThrownBy(() -> shares.accept(pending.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.notPending");

        // and the article may be shared with that site again, elsewhere
        people.signIn("admin");
        shares.setAccepting(receiving, channel(JIUZHAIGOU, "news-departments").id(), true);
        people.signIn(sharer);
        assertThat(shares.push(
                                carried.id(),
                                receiving,
                                channel(JIUZHAIGOU, "news-departments").id())
                        .state())
                .isEqualTo(ShareState.PENDING);
    }

    @Test
    void closingAChannelToPushesEndsThePendingOnesAndKeepsTheAcceptedCopies() throws Exception {
        ArticleView carried = published("汶川县开展水磨古镇文旅推介", "<p>水磨古镇推介会。</p>");
        ArticleView waiting = published("汶川县完成春耕备耕", "<p>春耕备耕有序推进。</p>");
        people.signIn(sharer);
        ShareView accepted = shares.push(carried.id(), receiving, reprints.id());
        ShareView pending = shares.push(waiting.id(), receiving, reprints.id());
        people.signIn(jiuzhaigouEditor);
        shares.accept(accepted.id());

        people.signIn("admin");
        events.clear();
        shares.setAccepting(receiving, reprints.id(), false);
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .containsExactly("content:channel-sharing", "content:share-end");
        assertThat(events.stream(PublicContentChanged.class)).isEmpty();

        people.signIn(sharer);
        assertThat(shares.of(waiting.id(), PageRequest.of(0, 10)).getContent())
                .extracting(ShareView::id, ShareView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pending.id(), ShareState.CHANNEL_CLOSED));
        assertThat(shares.of(carried.id(), PageRequest.of(0, 10)).getContent())
                .extracting(ShareView::state)
                .containsExactly(ShareState.ACCEPTED);
        assertThat(catalogue.published(receiving, carried.id())).isPresent();
        mvc.perform(get("/s/" + JIUZHAIGOU + "/a/" + carried.id() + ".html")).andExpect(status().isOk());
        people.signIn(sharer);
        assertThatThrownBy(() -> shares.push(waiting.id(), receiving, reprints.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.channelClosed");
    }

    @Test
    void theShareListsArePagedInTheServiceTheConsoleAndTheApi() throws Exception {
        people.signIn(jiuzhaigouEditor);
        long before = shares.incoming(receiving, ShareState.PENDING, PageRequest.of(0, 1))
                .getTotalElements();
        List<Long> pushed = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            ArticleView a = published("汶川县乡村振兴简报第" + i + "期", "<p>简报。</p>");
            people.signIn(sharer);
            pushed.add(shares.push(a.id(), receiving, reprints.id()).id());
        }

        people.signIn(jiuzhaigouEditor);
        Page<ShareView> second = shares.incoming(receiving, ShareState.PENDING, PageRequest.of(1, 5));
        assertThat(second.getTotalElements()).isEqualTo(before + 21);
        assertThat(second.getContent())
                .as("newest first: the 6th to 10th newest")
                .extracting(ShareView::id)
                .containsExactlyElementsOf(pushed.reversed().subList(5, 10));
        people.signIn(sharer);
        assertThat(shares.outgoing(site(WENCHUAN).id(), PageRequest.of(0, 3)).getContent())
                .extracting(ShareView::id)
                .containsExactlyElementsOf(pushed.reversed().subList(0, 3));
        ContentTestUsers.signOut();

        // console: page 2 of what was pushed to 九寨沟县, with named, working page links
        mvc.perform(as(jiuzhaigouEditor, get("/admin/articles/shares").param("site", String.valueOf(receiving))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"推送给本站的文章分页\"")))
                .andExpect(content().string(containsString("汶川县乡村振兴简报第21期")))
                .andExpect(content().string(not(containsString("汶川县乡村振兴简报第1期<"))));
        mvc.perform(as(
                        jiuzhaigouEditor,
                        get("/admin/articles/shares")
                                .param("site", String.valueOf(receiving))
                                .param("in", "1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 / ")))
                .andExpect(content().string(containsString("in=0")))
                .andExpect(content().string(containsString("汶川县乡村振兴简报第1期<")));

        // the other console lists keep their pagination, named as before
        mvc.perform(as(
                        sharer,
                        get("/admin/articles")
                                .param("site", String.valueOf(site(WENCHUAN).id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"分页\"")))
                .andExpect(content().string(containsString("page=1")));

        // the API pages too
        mvc.perform(as(
                        jiuzhaigouEditor,
                        get("/api/v1/shares")
                                .param("siteCode", JIUZHAIGOU)
                                .param("state", "PENDING")
                                .param("page", "1")
                                .param("size", "5")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.page")
                        .value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].id")
                        .value(pushed.reversed().get(5).intValue()));
    }

    @Test
    void theSharesOfOneArticleArePagedOnItsPage() throws Exception {
        ArticleView a = published("汶川县召开经济运行分析会", "<p>分析会。</p>");
        people.signIn(sharer);
        for (int i = 0; i < 11; i++) {
            shares.cancel(shares.push(a.id(), receiving, reprints.id()).id());
        }
        assertThat(shares.of(a.id(), PageRequest.of(1, 10)).getContent()).hasSize(1);
        ContentTestUsers.signOut();
        mvc.perform(as(sharer, get("/admin/articles/" + a.id()).param("sharePage", "1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"本文推送记录分页\"")))
                .andExpect(content().string(containsString("第 2 / 2 页")))
                .andExpect(content().string(containsString("sharePage=0")));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private List<Long> found(String text, String siteCode) {
        return searcher
                .search(new PublicSearcher.Query(text, Set.of(site(siteCode).id()), null, null, null, null, false, 1))
                .hits()
                .stream()
                .map(PublicSearcher.Hit::articleId)
                .toList();
    }

    /** A new article of 汶川县's headlines (no review), published by the sharer. */
    private ArticleView published(String title, String body) {
        people.signIn(sharer);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of(title, body));
        return articles.submit(a.id());
    }
}
