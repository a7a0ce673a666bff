package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleSummary;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.ShareChanged;
import org.civitas.content.ShareService;
import org.civitas.content.ShareState;
import org.civitas.content.ShareView;
import org.civitas.identity.DataScope;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sharing across sites by reference: a 汶川县 article pushed to the portal and accepted there, pulled by
 * the portal, removed; edits and withdrawal of the source reaching every site; refusals that change nothing.
 */
@DatabaseTest
class ShareServiceIntegrationTest extends ContentIntegrationTest {

    static final String PORTAL = "5132000001";

    static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    ShareService shares;

    @Autowired
    ScheduledPublication scheduler;

    String wenchuanSharer;
    String portalEditor;
    String portalSharer;

    @BeforeEach
    void sharingPeople() {
        wenchuanSharer = people.create("wc.sharer", ContentTestUsers.SHARER_ROLE, "wenchuan");
        portalEditor = people.create("aba.editor", ContentTestUsers.EDITOR_ROLE, "aba", DataScope.OWN);
        portalSharer = people.create("aba.sharer", ContentTestUsers.SHARER_ROLE, "aba", DataScope.OWN);
        people.signIn("admin");
        shares.setAccepting(site(PORTAL).id(), channel(PORTAL, "news-counties").id(), true);
        shares.setAccepting(
                site(PORTAL).id(), channel(PORTAL, "news-departments").id(), true);
        ContentTestUsers.signOut();
        noChain(WENCHUAN, "news-headlines");
        events.clear();
    }

    @Test
    void aPushedArticleAcceptedByThePortalFollowsTheSourcesEditsAndWithdrawal() {
        ArticleView a = published("汶川县召开防汛工作部署会", "<p>第一稿</p>");
        long portal = site(PORTAL).id();
        long counties = channel(PORTAL, "news-counties").id();

        assertThat(shares.pushTargets(a.id()))
                .anySatisfy(t -> assertThat(t.channelId()).isEqualTo(counties));
        ShareView pushed = shares.push(a.id(), portal, counties);
        assertThat(pushed.state()).isEqualTo(ShareState.PENDING);
        assertThat(pushed.targetChannelName()).isEqualTo("县市动态");
        assertThat(catalogue.published(portal, a.id()))
                .as("not before it is accepted")
                .isEmpty();
        assertThat(shares.pushTargets(a.id()))
                .as("a site with an active share is no target any more")
                .noneMatch(t -> t.siteId() == portal);

        people.signIn(portalEditor);
        assertThat(shares.incoming(portal, ShareState.PENDING, PAGE))
                .extracting(ShareView::id)
                .contains(pushed.id());
        events.clear();
        ShareView accepted = shares.accept(pushed.id());
        assertThat(accepted.state()).isEqualTo(ShareState.ACCEPTED);
        var onPortal = catalogue.published(portal, a.id()).orElseThrow();
        assertThat(onPortal.summary().sourceSiteId()).isEqualTo(a.siteId());
        assertThat(onPortal.summary().channelId()).isEqualTo(counties);
        assertThat(onPortal.bodyHtml()).contains("第一稿");
        assertThat(catalogue.channel(portal, counties, false, PageRequest.of(0, 50)))
                .extracting(ArticleSummary::id)
                .contains(a.id());
        assertThat(catalogue.latest(portal, 50)).extracting(ArticleSummary::id).contains(a.id());
        assertThat(catalogue.changesSince(portal, Instant.EPOCH, PageRequest.of(0, 1000)))
                .filteredOn(c -> c.id() == a.id())
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isFalse());
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.siteIds()).containsExactly(portal);
            assertThat(e.channelIds()).containsExactly(counties);
        });
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .containsExactly("content:share-accept");

        // an edit of the source, once published again, shows on both sites
        people.signIn(wenchuanSharer);
        events.clear();
        ArticleView edited = articles.save(
                a.id(),
                ArticleDraft.of("汶川县召开防汛工作部署会", "<p>修改稿</p>"),
                articles.get(a.id()).version());
        assertThat(catalogue.published(portal, a.id()).orElseThrow().bodyHtml()).contains("第一稿");
        articles.submit(edited.id());
        assertThat(catalogue.published(a.siteId(), a.id()).orElseThrow().bodyHtml())
                .contains("修改稿");
        assertThat(catalogue.published(portal, a.id()).orElseThrow().bodyHtml()).contains("修改稿");
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(PublicContentChanged.Change.UPDATED);
            assertThat(e.siteIds()).containsExactlyInAnyOrder(a.siteId(), portal);
            assertThat(e.channelIds()).contains(counties, a.channelId());
        });

        // withdrawal takes it off every site and ends the share
        events.clear();
        articles.withdraw(a.id());
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();
        assertThat(catalogue.published(portal, a.id())).isEmpty();
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(PublicContentChanged.Change.WITHDRAWN);
            assertThat(e.siteIds()).containsExactlyInAnyOrder(a.siteId(), portal);
        });
        assertThat(events.stream(ShareChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("content:share-end"));
        for (long site : new long[] {a.siteId(), portal}) {
            assertThat(catalogue.changesSince(site, Instant.EPOCH, PageRequest.of(0, 1000)))
                    .as("aggregators of both sites hear of the withdrawal")
                    .filteredOn(c -> c.id() == a.id())
                    .singleElement()
                    .satisfies(c -> assertThat(c.withdrawn()).isTrue());
        }
        assertThat(shares.of(a.id(), PAGE))
                .singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(ShareState.ENDED));

        // published again, it stays on its own site until someone pushes it again
        articles.submit(a.id());
        assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        assertThat(catalogue.published(portal, a.id())).isEmpty();
        assertThat(shares.push(a.id(), portal, counties).state()).isEqualTo(ShareState.PENDING);
    }

    @Test
    void anApprovedArticleAcceptedBeforeItsPublishTimeAppearsOnBothSitesWhenItIsPublished() {
        Instant publishAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        people.signIn(wenchuanSharer);
        var draft = new ArticleDraft(
                "汶川县将举办樱桃节",
                null,
                null,
                "<p>定时发布</p>",
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                0,
                null,
                publishAt,
                null,
                null,
                null);
        ArticleView a = articles.submit(write(WENCHUAN, "news-headlines", draft).id());
        assertThat(a.state()).isEqualTo(ArticleState.APPROVED);
        long portal = site(PORTAL).id();
        ShareView pushed =
                shares.push(a.id(), portal, channel(PORTAL, "news-counties").id());
        people.signIn(portalEditor);
        shares.accept(pushed.id());
        assertThat(catalogue.published(portal, a.id()))
                .as("not public anywhere yet")
                .isEmpty();

        ContentTestUsers.signOut();
        scheduler.runAt(publishAt);
        assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        assertThat(catalogue.published(portal, a.id()).orElseThrow().summary().publishedAt())
                .isEqualTo(publishAt);
    }

    @Test
    void thePortalPullsAPublishedArticleAndRemovesItAgain() {
        ArticleView a = published("汶川县开展森林防火宣传", "<p>宣传</p>");
        long portal = site(PORTAL).id();
        long departments = channel(PORTAL, "news-departments").id();

        people.signIn(portalSharer);
        assertThat(shares.canPullInto(portal)).isTrue();
        assertThat(shares.pullable(portal, a.siteId(), PageRequest.of(0, 500)))
                .extracting(ArticleSummary::id)
                .contains(a.id());
        events.clear();
        ShareView pulled = shares.pull(a.id(), portal, departments);
        assertThat(pulled.state()).isEqualTo(ShareState.ACCEPTED);
        assertThat(pulled.pulled()).isTrue();
        assertThat(catalogue.published(portal, a.id())).isPresent();
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .containsExactly("content:share-pull");
        assertThat(shares.pullable(portal, a.siteId(), PageRequest.of(0, 500)))
                .extracting(ArticleSummary::id)
                .doesNotContain(a.id());
        assertThatThrownBy(() -> shares.pull(a.id(), portal, departments))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.duplicate");

        events.clear();
        ShareView removed = shares.remove(pulled.id());
        assertThat(removed.state()).isEqualTo(ShareState.REMOVED);
        assertThat(catalogue.published(portal, a.id())).isEmpty();
        assertThat(catalogue.published(a.siteId(), a.id()))
                .as("the source stays")
                .isPresent();
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(PublicContentChanged.Change.WITHDRAWN);
            assertThat(e.siteIds()).containsExactly(portal);
        });
        assertThat(catalogue.changesSince(portal, Instant.EPOCH, PageRequest.of(0, 1000)))
                .as("the portal's aggregators hear that the share ended")
                .filteredOn(c -> c.id() == a.id())
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isTrue());
        assertThat(catalogue.changesSince(a.siteId(), Instant.EPOCH, PageRequest.of(0, 1000)))
                .as("the source site still lists it")
                .filteredOn(c -> c.id() == a.id())
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isFalse());
        ShareView again = shares.pull(a.id(), portal, departments);
        assertThat(catalogue.changesSince(portal, Instant.EPOCH, PageRequest.of(0, 1000)))
                .as("pulled again, it is an article on the portal once more")
                .filteredOn(c -> c.id() == a.id())
                .singleElement()
                .satisfies(c -> assertThat(c.withdrawn()).isFalse());
        shares.remove(again.id());
        assertThatThrownBy(() -> shares.remove(pulled.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.notAccepted");
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndChangeNothing() {
        long portal = site(PORTAL).id();
        long counties = channel(PORTAL, "news-counties").id();
        people.signIn(wenchuanSharer);
        ArticleView draft = write(WENCHUAN, "news-headlines", ArticleDraft.of("草稿", "<p>草稿</p>"));
        assertThatThrownBy(() -> shares.push(draft.id(), portal, counties))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.notPublic");

        ArticleView a = published("汶川县推进乡村振兴", "<p>正文</p>");
        assertThatThrownBy(() -> shares.push(
                        a.id(), a.siteId(), channel(WENCHUAN, "news-notices").id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.sameSite");
        assertThatThrownBy(() -> shares.push(
                        a.id(), portal, channel(PORTAL, "news-headlines").id()))
                .as("the portal's headlines take no pushes")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.channelClosed");
        assertThatThrownBy(() -> shares.push(
                        a.id(), portal, channel(WENCHUAN, "news-notices").id()))
                .as("a channel of another site")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.channel.unknown");
        assertThat(shares.of(a.id(), PAGE)).isEmpty();
        assertThat(events.stream(ShareChanged.class)).isEmpty();

        ShareView pushed = shares.push(a.id(), portal, counties);
        assertThatThrownBy(() -> shares.push(a.id(), portal, counties))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.duplicate");
        assertThatThrownBy(() -> shares.push(
                        a.id(), portal, channel(PORTAL, "news-departments").id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.alreadyOnSite");

        people.signIn(portalEditor);
        assertThatThrownBy(() -> shares.decline(pushed.id(), "  "))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.reason.required");
        assertThat(shares.incoming(portal, ShareState.PENDING, PAGE))
                .extracting(ShareView::id)
                .contains(pushed.id());
        ShareView declined = shares.decline(pushed.id(), "请推送到部门动态以外的栏目");
        assertThat(declined.reason()).isEqualTo("请推送到部门动态以外的栏目");
        assertThatThrownBy(() -> shares.accept(pushed.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.share.notPending");
        assertThat(catalogue.published(portal, a.id())).isEmpty();

        people.signIn(wenchuanSharer);
        assertThat(shares.of(a.id(), PAGE)).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(ShareState.DECLINED);
            assertThat(s.reason()).isEqualTo("请推送到部门动态以外的栏目");
        });
        assertThat(shares.push(a.id(), portal, counties).state())
                .as("a declined push may be made again")
                .isEqualTo(ShareState.PENDING);
    }

    @Test
    void onlyEditorsWithTheSharePermissionPushAndOnlyTheReceivingSitesEditorsDecide() {
        long portal = site(PORTAL).id();
        long counties = channel(PORTAL, "news-counties").id();
        ArticleView a = published("汶川县开展安全生产检查", "<p>检查</p>");

        people.signIn(wenchuanEditor);
        assertThat(shares.canShareFrom(a.siteId())).isFalse();
        assertThatThrownBy(() -> shares.push(a.id(), portal, counties)).isInstanceOf(AccessDeniedException.class);
        people.signIn(portalSharer);
        assertThatThrownBy(() -> shares.push(a.id(), portal, counties))
                .as("not an editor of the source site")
                .isInstanceOf(AccessDeniedException.class);
        people.signIn(jiuzhaigouEditor);
        assertThatThrownBy(() -> shares.pull(
                        a.id(),
                        site(JIUZHAIGOU).id(),
                        channel(JIUZHAIGOU, "news-departments").id()))
                .as("pulling needs content:share")
                .isInstanceOf(AccessDeniedException.class);

        people.signIn(wenchuanSharer);
        ShareView pushed = shares.push(a.id(), portal, counties);
        assertThatThrownBy(() -> shares.accept(pushed.id()))
                .as("the pushing site cannot accept for the portal")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shares.incoming(portal, null, PAGE)).isInstanceOf(AccessDeniedException.class);
        people.signIn(jiuzhaigouEditor);
        assertThatThrownBy(() -> shares.decline(pushed.id(), "不是我的")).isInstanceOf(AccessDeniedException.class);
        people.signIn(portalEditor);
        assertThatThrownBy(() -> shares.cancel(pushed.id()))
                .as("only the source site calls back a push")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shares.setAccepting(portal, counties, false))
                .as("opening channels is for site administrators")
                .isInstanceOf(AccessDeniedException.class);

        people.signIn(wenchuanSharer);
        assertThat(shares.cancel(pushed.id()).state()).isEqualTo(ShareState.CANCELLED);
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("content:share-push", "content:share-cancel");
    }

    @Autowired
    ReceivingChannelListener receivingChannels;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void sharesIntoAChannelRemovedBeforeRemovalsEndedThemEndAtTheNextStart() {
        ArticleView a = published("汶川县开展地质灾害隐患排查", "<p>排查</p>");
        long portal = site(PORTAL).id();
        ShareView pushed =
                shares.push(a.id(), portal, channel(PORTAL, "news-counties").id());
        people.signIn(portalEditor);
        shares.accept(pushed.id());
        // as left by a channel removed earlier: the share points at a channel that no longer exists
        jdbc.sql("update content_share set target_channel_id = ? where id = ?")
                .params(-pushed.id(), pushed.id())
                .update();
        assertThat(catalogue.published(portal, a.id())).isPresent();
        ContentTestUsers.signOut();
        events.clear();

        receivingChannels.endSharesIntoChannelsRemovedEarlier();

        assertThat(catalogue.published(portal, a.id())).isEmpty();
        assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        assertThat(events.stream(ShareChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(ShareState.CHANNEL_REMOVED);
            assertThat(e.action()).isEqualTo("content:share-end");
        });
        assertThat(events.stream(PublicContentChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.siteIds()).containsExactly(portal));
        people.signIn(wenchuanSharer);
        assertThat(shares.of(a.id(), PAGE)).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(ShareState.CHANNEL_REMOVED);
            assertThat(s.decidedBy()).isEqualTo("system");
            assertThat(s.targetChannelName()).isEqualTo("#" + (-pushed.id()));
        });
    }

    /** A new article of 汶川县's headlines (no review), published by the sharer. */
    private ArticleView published(String title, String body) {
        people.signIn(wenchuanSharer);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of(title, body));
        return articles.submit(a.id());
    }
}
