package org.civitas.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.civitas.content.ArticleCreated;
import org.civitas.content.ArticleDeleted;
import org.civitas.content.ArticleDiff;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleListItem;
import org.civitas.content.ArticleRevision;
import org.civitas.content.ArticleSaved;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentPermissions;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.TextDiff;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.workflow.ReviewHistory;
import org.civitas.workflow.ReviewService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
class ArticleWriting implements ArticleService {

    private final Articles articles;
    private final ArticleHistory versions;
    private final ArticleValidator validator;
    private final ArticleAccess access;
    private final ArticleLifecycle lifecycle;
    private final SiteChannelLookup channels;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWriting(
            Articles articles,
            ArticleHistory versions,
            ArticleValidator validator,
            ArticleAccess access,
            ArticleLifecycle lifecycle,
            SiteChannelLookup channels,
            ReviewService reviews,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.validator = validator;
        this.access = access;
        this.lifecycle = lifecycle;
        this.channels = channels;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<SiteView> writableSites() {
        var scope = access.scope();
        return channels.all().stream()
                .filter(s -> scope.contains(s.organisationId()))
                .toList();
    }

    @Override
    public boolean canWrite(long siteId) {
        return access.canWrite(channels.site(siteId));
    }

    @Override
    @Transactional
    public ArticleView create(long siteId, long channelId, ArticleDraft draft) {
        SiteView site = channels.site(siteId);
        access.requireWrite(site.organisationId(), "site " + site.siteCode());
        ChannelView channel = channels.articleChannel(siteId, channelId);
        ArticleContent content = validator.check(draft, channel.type() == ChannelType.DISCLOSURE);
        String by = ArticleAccess.actor();
        Instant now = clock.instant();
        Article article =
                articles.saveAndFlush(new Article(site.id(), channel.id(), site.organisationId(), content, by, now));
        versions.keep(article, content, by, now);
        events.publishEvent(new ArticleCreated(article.id(), site.id(), channel.id(), article.title()));
        return article.view();
    }

    @Override
    @Transactional
    public ArticleView save(long id, ArticleDraft draft, long expectedVersion) {
        Article article = writable(id);
        if (article.view().version() != expectedVersion) {
            throw new DomainException("content.article.concurrentChange", article.title());
        }
        ArticleContent content = validator.check(draft, channels.disclosure(article.siteId(), article.channelId()));
        String by = ArticleAccess.actor();
        Instant now = clock.instant();
        article.edit(content, by, now);
        articles.flush();
        versions.keep(article, content, by, now);
        events.publishEvent(new ArticleSaved(article.id(), article.revision(), article.title()));
        return article.view();
    }

    @Override
    @Transactional
    public ArticleView submit(long id) {
        Article article = writable(id);
        lifecycle.submit(article, ArticleAccess.actor());
        return article.view();
    }

    @Override
    @Transactional
    public ArticleView withdraw(long id) {
        Article article = writable(id);
        lifecycle.withdraw(article, ArticleAccess.actor(), false);
        return article.view();
    }

    @Override
    @Transactional
    public void deleteDraft(long id) {
        Article article = writable(id);
        article.requireDeletable();
        String title = article.title();
        articles.delete(article);
        articles.flush();
        events.publishEvent(new ArticleDeleted(id, title));
    }

    @Override
    public ArticleView get(long id) {
        return writable(id).view();
    }

    @Override
    public Page<ArticleListItem> list(
            long siteId, Long channelId, ArticleState state, boolean mine, boolean returned, Pageable pageable) {
        SiteView site = channels.site(siteId);
        access.requireWrite(site.organisationId(), "site " + site.siteCode());
        String author = mine ? ArticleAccess.actor() : null;
        return articles.list(siteId, channelId, state, author, returned, pageable)
                .map(a -> new ArticleListItem(
                        a.id(),
                        a.siteId(),
                        a.channelId(),
                        a.title(),
                        a.state(),
                        a.live(),
                        a.pinned(),
                        a.publishAt(),
                        a.updatedBy(),
                        a.updatedAt()));
    }

    @Override
    public List<ArticleRevision> revisions(long id) {
        writable(id);
        return versions.of(id);
    }

    @Override
    public ArticleRevision revision(long id, int revision) {
        writable(id);
        return versions.find(id, revision).orElseThrow(() -> new NotFoundException("ArticleRevision", revision));
    }

    @Override
    public ArticleDiff diff(long id, int fromRevision, int toRevision) {
        ArticleRevision older = revision(id, Math.min(fromRevision, toRevision));
        ArticleRevision newer = revision(id, Math.max(fromRevision, toRevision));
        return new ArticleDiff(
                older,
                newer,
                TextDiff.compare(older.title(), newer.title()),
                TextDiff.compare(older.fields(), newer.fields()),
                TextDiff.compareRichText(older.bodyHtml(), newer.bodyHtml()));
    }

    @Override
    public List<ReviewHistory> reviews(long id) {
        writable(id);
        return reviews.history(ArticleLifecycle.SUBJECT_TYPE, String.valueOf(id));
    }

    /** The article, if the current user may write in its site; refused otherwise. */
    private Article writable(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        access.requireWrite(article.organisationId(), "article " + id);
        return article;
    }
}
