package org.civitas.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import org.civitas.content.ArticleCreated;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleSubmitted;
import org.civitas.content.ArticleView;
import org.civitas.content.ChannelSharingChanged;
import org.civitas.content.IndexRuleChanged;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.ShareView;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.RunningAs;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OperatorPublishing implements ArticleOperations {

    private final SiteDirectory sites;
    private final SiteChannelLookup channels;
    private final ArticleValidator validator;
    private final Articles articles;
    private final ArticleHistory versions;
    private final ArticleLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Shares shares;
    private final PublicationWriter publications;
    private final ChannelSettings settings;
    private final ShareReadModel shareViews;

    OperatorPublishing(
            SiteDirectory sites,
            SiteChannelLookup channels,
            ArticleValidator validator,
            Articles articles,
            ArticleHistory versions,
            ArticleLifecycle lifecycle,
            ApplicationEventPublisher events,
            Clock clock,
            Shares shares,
            PublicationWriter publications,
            ChannelSettings settings,
            ShareReadModel shareViews) {
        this.shares = shares;
        this.publications = publications;
        this.settings = settings;
        this.shareViews = shareViews;
        this.sites = sites;
        this.channels = channels;
        this.validator = validator;
        this.articles = articles;
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /** Articles written between two flushes of the persistence context. */
    private static final int FLUSH_EVERY = 100;

    @PersistenceContext
    private EntityManager entities;

    @Override
    @Transactional
    public void publishAll(String actor, List<Placement> placements, IntConsumer published) {
        int done = 0;
        for (Placement p : placements) {
            publish(actor, p.siteCode(), p.channelCode(), p.draft());
            if (++done % FLUSH_EVERY == 0) {
                // one transaction keeps the run all or nothing; a persistence context that grew with every
                // article would make each flush check them all again (quadratic over 10,000)
                entities.flush();
                entities.clear();
            }
            published.accept(done);
        }
    }

    @Override
    @Transactional
    public ArticleView publish(String actor, String siteCode, String channelCode, ArticleDraft draft) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an operator run needs an actor to audit");
        }
        // the operator acts under their own name and holds no permission; files are checked as an operator's
        return RunningAs.operator(actor.strip(), () -> create(actor.strip(), siteCode, channelCode, draft));
    }

    private ArticleView create(String by, String siteCode, String channelCode, ArticleDraft draft) {
        SiteView site = site(siteCode);
        ChannelView channel = channel(site, channelCode);
        ArticleContent content = validator.checkAsOperator(draft, channel.type() == ChannelType.DISCLOSURE);
        Instant now = clock.instant();
        Article article =
                articles.saveAndFlush(new Article(site.id(), channel.id(), site.organisationId(), content, by, now));
        versions.keep(article, content, by, now);
        events.publishEvent(new ArticleCreated(article.id(), site.id(), channel.id(), article.title()));
        article.submit(by, now);
        events.publishEvent(new ArticleSubmitted(article.id(), article.revision(), null));
        lifecycle.approve(article, by);
        return article.view();
    }

    @Override
    @Transactional
    public void indexCategory(String actor, String siteCode, String channelCode, String category) {
        SiteView site = site(siteCode);
        ChannelView channel = channel(site, channelCode);
        if (channel.type() != ChannelType.DISCLOSURE) {
            throw DomainException.onField("category", "content.indexRule.notDisclosure", channel.name());
        }
        String code = category == null || category.isBlank() ? null : category.strip();
        if (code != null && !IndexNumberRuleSettings.CATEGORY.matcher(code).matches()) {
            throw DomainException.onField("category", "content.indexRule.category");
        }
        settings.setIndexCategory(site.id(), channel.id(), code, actor, clock.instant());
        events.publishEvent(IndexRuleChanged.category(site.id(), channel.id(), code));
    }

    @Override
    @Transactional
    public void openToPushes(String actor, String siteCode, String channelCode) {
        SiteView site = site(siteCode);
        ChannelView channel = channel(site, channelCode);
        settings.setAccepting(site.id(), channel.id(), true, actor, clock.instant());
        events.publishEvent(new ChannelSharingChanged(site.id(), channel.id(), true));
    }

    @Override
    @Transactional
    public ShareView share(String actor, long articleId, String siteCode, String channelCode) {
        SiteView target = site(siteCode);
        ChannelView channel = channel(target, channelCode);
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        if (!article.live() || article.siteId() == target.id()) {
            throw new DomainException("content.share.notPublished", article.title());
        }
        Instant now = clock.instant();
        Share share = shares.saveAndFlush(new Share(
                article.id(),
                article.siteId(),
                target.id(),
                channel.id(),
                target.organisationId(),
                channel.type() == ChannelType.DISCLOSURE,
                true,
                actor,
                now));
        events.publishEvent(share.changed());
        publications
                .list(share, now)
                .ifPresent(p -> events.publishEvent(new PublicContentChanged(
                        article.id(), p.siteIds(), p.channelIds(), PublicContentChanged.Change.PUBLISHED)));
        return shareViews.view(share);
    }

    private SiteView site(String siteCode) {
        return sites.findByCode(siteCode == null ? "" : siteCode.strip())
                .orElseThrow(() -> new DomainException("content.site.unknownCode", siteCode));
    }

    private ChannelView channel(SiteView site, String channelCode) {
        return channels.channelByCode(site.id(), channelCode == null ? "" : channelCode.strip())
                .map(SiteChannelLookup::requireArticles)
                .orElseThrow(() -> new DomainException("content.channel.unknownCode", channelCode, site.siteCode()));
    }
}
