package org.civitas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.content.ArticleDraftBuilder.draft;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ArticleServiceIntegrationTest extends ContentIntegrationTest {

    @Autowired
    ReviewService reviews;

    @Test
    void aChannelWithoutChainPublishesOnSubmitAndTheCatalogueShowsIt() {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        var draft = new ArticleDraft(
                "汶川县召开防汛工作部署会",
                "副标题",
                "摘要",
                "<p>会议要求各乡镇做好<strong>防汛</strong>准备。</p>",
                null,
                List.of(),
                "汶川县应急管理局",
                "张三",
                List.of("防汛", "应急"),
                false,
                0,
                null,
                null,
                null,
                null,
                null);
        ArticleView created = write(WENCHUAN, "news-headlines", draft);
        assertThat(created.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(catalogue.published(created.siteId(), created.id())).isEmpty();

        ArticleView submitted = articles.submit(created.id());

        assertThat(submitted.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(submitted.live()).isTrue();
        var published = catalogue.published(created.siteId(), created.id()).orElseThrow();
        assertThat(published.summary().title()).isEqualTo("汶川县召开防汛工作部署会");
        assertThat(published.bodyHtml()).contains("<strong>防汛</strong>");
        assertThat(published.tags()).containsExactly("防汛", "应急");
        assertThat(published.source()).isEqualTo("汶川县应急管理局");
        assertThat(catalogue.channel(created.siteId(), created.channelId(), false, PageRequest.of(0, 50)))
                .extracting(ArticleSummary::id)
                .contains(created.id());
        long parent = channel(WENCHUAN, "news").id();
        assertThat(catalogue.channel(created.siteId(), parent, true, PageRequest.of(0, 50)))
                .extracting(ArticleSummary::id)
                .as("listed under the parent channel with its descendants")
                .contains(created.id());
        assertThat(catalogue.latest(created.siteId(), 5))
                .extracting(ArticleSummary::id)
                .contains(created.id());
        assertThat(events.stream(PublicContentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(PublicContentChanged.Change.PUBLISHED);
            assertThat(e.siteIds()).containsExactly(created.siteId());
            assertThat(e.channelIds()).containsExactly(created.channelId());
        });
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("content:create", "content:submit", "content:publish");
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    @Test
    void aRefusalNamesTheArticlesStateByItsLabelInTheReadersLanguage() {
        oneStepChain(WENCHUAN, "news-notices");
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-notices", ArticleDraft.of("关于开展秋季防火检查的通知", "<p>正文</p>"));
        articles.submit(a.id());

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> articles.submit(a.id()));

        assertThat(refusal).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) refusal;
        String chinese = messageSource.getMessage(e.messageKey(), e.arguments(), java.util.Locale.SIMPLIFIED_CHINESE);
        String english = messageSource.getMessage(e.messageKey(), e.arguments(), java.util.Locale.ENGLISH);
        assertThat(chinese).isEqualTo("“关于开展秋季防火检查的通知”当前状态为 审核中，不能提交。");
        assertThat(english).contains("is In review").doesNotContain("IN_REVIEW").doesNotContain("审核中");
    }

    @Test
    void nothingReachesTheCatalogueWithoutPassingTheChannelsChain() {
        oneStepChain(WENCHUAN, "news-notices");
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-notices", ArticleDraft.of("关于开展森林防火检查的通知", "<p>第一稿</p>"));
        ArticleView inReview = articles.submit(a.id());
        assertThat(inReview.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();
        assertThatThrownBy(() -> articles.save(a.id(), ArticleDraft.of("改", "<p>改</p>"), inReview.version()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.article.inReview");

        people.signIn(reviewer);
        reviews.returnToAuthor(task(a.id()).taskId(), "请补充检查时间");
        people.signIn(wenchuanEditor);
        ArticleView returned = articles.get(a.id());
        assertThat(returned.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("请补充检查时间");
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();

        ArticleView second =
                articles.save(a.id(), ArticleDraft.of("关于开展森林防火检查的通知", "<p>检查时间：11 月 30 日前</p>"), returned.version());
        assertThat(second.revision()).isEqualTo(2);
        articles.submit(a.id());
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();

        people.signIn(reviewer);
        reviews.approve(task(a.id()).taskId(), "同意");
        people.signIn(wenchuanEditor);
        assertThat(articles.get(a.id()).state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(catalogue.published(a.siteId(), a.id()).orElseThrow().bodyHtml())
                .contains("11 月 30 日前");
        assertThat(articles.reviews(a.id())).hasSize(2);
    }

    @Test
    void anEditOfAPublishedArticleStaysPrivateUntilItPassesReviewThenUpdatesThePublicCopy() {
        oneStepChain(WENCHUAN, "news-departments");
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-departments", ArticleDraft.of("县教育局开展送教下乡", "<p>原文</p>"));
        articles.submit(a.id());
        people.signIn(reviewer);
        reviews.approve(task(a.id()).taskId(), null);
        people.signIn(wenchuanEditor);
        ArticleView published = articles.get(a.id());
        events.clear();

        ArticleView edited = articles.save(a.id(), ArticleDraft.of("县教育局开展送教下乡", "<p>修改稿</p>"), published.version());
        assertThat(edited.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(edited.live()).isTrue();
        articles.submit(a.id());
        assertThat(catalogue.published(a.siteId(), a.id()).orElseThrow().bodyHtml())
                .as("the public still sees the reviewed text")
                .contains("原文");

        people.signIn(reviewer);
        reviews.approve(task(a.id()).taskId(), null);
        assertThat(catalogue.published(a.siteId(), a.id()).orElseThrow().bodyHtml())
                .contains("修改稿");
        assertThat(events.stream(PublicContentChanged.class))
                .extracting(PublicContentChanged::change)
                .containsExactly(PublicContentChanged.Change.UPDATED);
    }

    @Test
    void withdrawalTakesTheArticleOffTheCatalogue() {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of("撤稿测试", "<p>正文</p>"));
        articles.submit(a.id());
        events.clear();

        ArticleView withdrawn = articles.withdraw(a.id());

        assertThat(withdrawn.state()).isEqualTo(ArticleState.WITHDRAWN);
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();
        assertThat(catalogue.all(a.siteId())).extracting(ArticleSummary::id).doesNotContain(a.id());
        assertThat(events.stream(PublicContentChanged.class))
                .singleElement()
                .extracting(PublicContentChanged::change)
                .isEqualTo(PublicContentChanged.Change.WITHDRAWN);
        assertThat(events.stream(ArticleWithdrawn.class)).hasSize(1);
        assertThatThrownBy(() -> articles.deleteDraft(a.id()))
                .as("withdrawn but once public: the record stays")
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anEditorCannotTouchAnotherSitesArticles() {
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of("汶川稿件", "<p>正文</p>"));

        long before = count(WENCHUAN);
        people.signIn(jiuzhaigouEditor);
        assertThatThrownBy(() -> write(WENCHUAN, "news-headlines", ArticleDraft.of("越权", "<p>x</p>")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.get(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.save(a.id(), ArticleDraft.of("越权修改", "<p>x</p>"), a.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.submit(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.deleteDraft(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.list(site(WENCHUAN).id(), null, null, false, false, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(articles.writableSites()).extracting(s -> s.siteCode()).containsExactly(JIUZHAIGOU);

        people.signIn(wenchuanEditor);
        assertThat(count(WENCHUAN)).isEqualTo(before);
        assertThat(articles.get(a.id()).title()).isEqualTo("汶川稿件");
        assertThat(events.stream(AuditableEvent.class)
                        .filter(e -> e.objectType().equals("Article")))
                .hasSize(1);
    }

    @Test
    void xssPayloadsInTitleAndBodyComeOutInert() throws Exception {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        for (String payload : XssPayloads.all()) {
            String title = payload.length() > 200 ? payload.substring(0, 200) : payload;
            ArticleView a;
            try {
                a = write(WENCHUAN, "news-headlines", ArticleDraft.of(title, "<p>正文</p>" + payload));
            } catch (DomainException e) {
                // refused outright (control characters or line breaks in the title): also inert
                assertThat(e.messageKey()).isIn("content.text.control", "content.title.required");
                continue;
            }
            articles.submit(a.id());
            var published = catalogue.published(a.siteId(), a.id()).orElseThrow();
            XssPayloads.assertInert(published.bodyHtml());
            assertThat(published.summary().title())
                    .as("a title is plain text, kept as typed for escaping where shown")
                    .isEqualTo(title.strip());
        }
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        people.signIn(wenchuanEditor);
        long before = count(WENCHUAN);
        assertRefused(ArticleDraft.of("  ", "<p>x</p>"), "content.title.required");
        assertRefused(ArticleDraft.of("标题\u0007", "<p>x</p>"), "content.text.control");
        assertRefused(ArticleDraft.of("标题\n第二行", "<p>x</p>"), "content.text.control");
        assertRefused(ArticleDraft.of("标题\u202Egnp.exe", "<p>x</p>"), "content.text.control");
        assertRefused(ArticleDraft.of("长".repeat(201), "<p>x</p>"), "form.tooLong");
        assertRefused(ArticleDraft.of("无正文", "<p> </p><script>x</script>"), "content.body.required");
        assertRefused(withLink("javascript:alert(1)"), "content.externalUrl.invalid");
        assertRefused(
                withTags(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")), "content.tags.tooMany");
        assertRefused(withAttachment(987_654_321L), "content.blob.unknown");
        Instant now = Instant.now();
        assertRefused(
                scheduled(now.plus(2, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)),
                "content.withdrawAt.beforePublish");
        assertThatThrownBy(() -> write(WENCHUAN, "services", ArticleDraft.of("链接栏目", "<p>x</p>")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.channel.noArticles");
        assertThat(count(WENCHUAN)).isEqualTo(before);
        assertThat(events.stream(AuditableEvent.class)
                        .filter(e -> e.objectType().equals("Article")))
                .isEmpty();
    }

    @Test
    void pinnedArticlesComeFirstThenSortOrderThenNewest() {
        noChain(JIUZHAIGOU, "news-departments");
        people.signIn(jiuzhaigouEditor);
        long older = publish(JIUZHAIGOU, "news-departments", "旧文", false, 0);
        long pinned = publish(JIUZHAIGOU, "news-departments", "置顶", true, 0);
        long newer = publish(JIUZHAIGOU, "news-departments", "新文", false, 0);
        long site = site(JIUZHAIGOU).id();
        long channel = channel(JIUZHAIGOU, "news-departments").id();
        List<Long> ids = catalogue.channel(site, channel, false, PageRequest.of(0, 100)).stream()
                .map(ArticleSummary::id)
                .filter(id -> id == older || id == pinned || id == newer)
                .toList();
        assertThat(ids).containsExactly(pinned, newer, older);
        var page = catalogue.channel(site, channel, false, PageRequest.of(0, 1));
        assertThat(page.getContent()).hasSize(1);
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everySaveIsKeptAsAVersionWithAReadableDiff() {
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of("汶川县春耕生产", "<p>全县春耕有序推进。</p><p>第二段不变。</p>"));
        var draft = new ArticleDraft(
                "汶川县春耕生产忙",
                null,
                null,
                "<p>全县春播有序推进。</p><p>第二段不变。</p>",
                null,
                List.of(),
                "县农业农村局",
                null,
                List.of("春耕"),
                false,
                0,
                null,
                null,
                null,
                null,
                null);
        ArticleView b = articles.save(a.id(), draft, a.version());

        assertThat(articles.revisions(a.id()))
                .extracting(ArticleRevision::revision)
                .containsExactly(2, 1);
        ArticleDiff diff = articles.diff(a.id(), 2, 1);
        assertThat(diff.from().revision()).isEqualTo(1);
        assertThat(diff.title().changed()).isEqualTo(1);
        assertThat(diff.body().changed()).isEqualTo(1);
        assertThat(diff.body().rows().getFirst().after())
                .filteredOn(org.civitas.platform.TextDiff.Segment::changed)
                .extracting(org.civitas.platform.TextDiff.Segment::text)
                .containsExactly("播");
        assertThat(diff.fields().rows())
                .flatExtracting(org.civitas.platform.TextDiff.Row::after)
                .extracting(org.civitas.platform.TextDiff.Segment::text)
                .contains("source: 县农业农村局", "tags: 春耕");
        assertThat(b.revision()).isEqualTo(2);
        assertThat(events.stream(ArticleSaved.class)).hasSize(1);
    }

    @Test
    void onlyNeverPublishedDraftsCanBeDeleted() {
        people.signIn(wenchuanEditor);
        ArticleView a = write(WENCHUAN, "news-headlines", ArticleDraft.of("草稿", "<p>x</p>"));
        articles.deleteDraft(a.id());
        assertThat(events.stream(ArticleDeleted.class)).hasSize(1);
        assertThatThrownBy(() -> articles.get(a.id())).isInstanceOf(org.civitas.platform.NotFoundException.class);
    }

    private long publish(String siteCode, String channelCode, String title, boolean pinned, int sortOrder) {
        var draft = draft(title, "<p>正文</p>").pinned(pinned, sortOrder).build();
        ArticleView a = write(siteCode, channelCode, draft);
        articles.submit(a.id());
        return a.id();
    }

    private void assertRefused(ArticleDraft draft, String key) {
        assertThatThrownBy(() -> write(WENCHUAN, "news-headlines", draft))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }

    private long count(String siteCode) {
        return articles.list(site(siteCode).id(), null, null, false, false, PageRequest.of(0, 1))
                .getTotalElements();
    }

    private ReviewTask task(long articleId) {
        return reviews.inbox("content.article", PageRequest.of(0, 100)).stream()
                .filter(t -> t.subject().id().equals(String.valueOf(articleId)))
                .findFirst()
                .orElseThrow();
    }

    private static ArticleDraft withLink(String url) {
        return draft("外链", null).externalUrl(url).build();
    }

    private static ArticleDraft withTags(List<String> tags) {
        return draft("标签", "<p>x</p>").tags(tags).build();
    }

    private static ArticleDraft withAttachment(long blobId) {
        return draft("附件", "<p>x</p>").attachments(List.of(blobId)).build();
    }

    private static ArticleDraft scheduled(Instant publishAt, Instant withdrawAt) {
        return draft("定时", "<p>x</p>").scheduled(publishAt, withdrawAt).build();
    }
}
