package org.civitas.content.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleSummary;
import org.civitas.content.ChannelSharingChanged;
import org.civitas.content.ContentPermissions;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.ShareService;
import org.civitas.content.ShareState;
import org.civitas.content.ShareTarget;
import org.civitas.content.ShareView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ArticleSharing implements ShareService {

    private static final int REASON_MAX = 500;

    private final Shares shares;
    private final Articles articles;
    private final PublicationWriter publications;
    private final ChannelSettings settings;
    private final SiteChannelLookup channels;
    private final ShareReadModel views;
    private final ArticleAccess access;
    private final SiteService siteService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleSharing(
            Shares shares,
            Articles articles,
            PublicationWriter publications,
            ChannelSettings settings,
            SiteChannelLookup channels,
            ShareReadModel views,
            ArticleAccess access,
            SiteService siteService,
            ApplicationEventPublisher events,
            Clock clock) {
        this.shares = shares;
        this.articles = articles;
        this.publications = publications;
        this.settings = settings;
        this.channels = channels;
        this.views = views;
        this.access = access;
        this.siteService = siteService;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public boolean canShareFrom(long siteId) {
        return access.canShare(channels.site(siteId).organisationId());
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public boolean canPullInto(long siteId) {
        return canShareFrom(siteId);
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public List<ShareTarget> pushTargets(long articleId) {
        Article article = writable(articleId);
        Set<Long> carrying = new java.util.HashSet<>();
        shares.active(articleId).forEach(s -> carrying.add(s.targetSiteId()));
        carrying.add(article.siteId());
        return views.targets(carrying);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView push(long articleId, long targetSiteId, long targetChannelId) {
        Article article = writable(articleId);
        access.requireShare(article.organisationId(), "article " + articleId);
        if (!article.live() && article.state() != ArticleState.APPROVED) {
            throw new DomainException("content.share.notPublic", article.title(), Share.label(article.state()));
        }
        SiteView target = target(article, targetSiteId);
        ChannelView channel = channels.articleChannel(target.id(), targetChannelId);
        if (!settings.accepts(channel.id())) {
            throw DomainException.onField(
                    "targetChannelId", "content.share.channelClosed", channel.name(), target.name());
        }
        return views.view(create(article, target, channel, false));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView pull(long articleId, long targetSiteId, long targetChannelId) {
        SiteView target = channels.site(targetSiteId);
        access.requireShare(target.organisationId(), "site " + target.siteCode());
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        if (!article.live()) {
            throw new DomainException("content.share.notPublished", article.title());
        }
        target(article, targetSiteId);
        ChannelView channel = channels.articleChannel(target.id(), targetChannelId);
        Share share = create(article, target, channel, true);
        publications
                .list(share, clock.instant())
                .ifPresent(p -> changed(share, p, PublicContentChanged.Change.PUBLISHED));
        return views.view(share);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView accept(long shareId) {
        Share share = received(shareId);
        Article article = articles.findById(share.articleId()).orElseThrow();
        if (!article.live() && article.state() != ArticleState.APPROVED) {
            throw new DomainException("content.share.notPublic", article.title(), Share.label(article.state()));
        }
        Instant now = clock.instant();
        share.accept(ArticleAccess.actor(), now);
        shares.flush();
        events.publishEvent(share.changed());
        publications.list(share, now).ifPresent(p -> changed(share, p, PublicContentChanged.Change.PUBLISHED));
        return views.view(share);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView decline(long shareId, String reason) {
        Share share = received(shareId);
        String text = ArticleValidator.text("reason", reason, REASON_MAX);
        if (text == null) {
            throw DomainException.onField("reason", "content.share.reason.required");
        }
        share.decline(text, ArticleAccess.actor(), clock.instant());
        shares.flush();
        events.publishEvent(share.changed());
        return views.view(share);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView remove(long shareId) {
        Share share = received(shareId);
        Instant now = clock.instant();
        share.remove(ArticleAccess.actor(), now);
        shares.flush();
        events.publishEvent(share.changed());
        if (publications.unlist(share, now)) {
            changed(
                    share,
                    new PublicationWriter.Placement(Set.of(share.targetSiteId()), Set.of(share.targetChannelId())),
                    PublicContentChanged.Change.WITHDRAWN);
        }
        return views.view(share);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public ShareView cancel(long shareId) {
        Share share = shares.findById(shareId).orElseThrow(() -> new NotFoundException("Share", shareId));
        Article article = writable(share.articleId());
        access.requireShare(article.organisationId(), "share " + shareId);
        share.cancel(ArticleAccess.actor(), clock.instant());
        shares.flush();
        events.publishEvent(share.changed());
        return views.view(share);
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public Page<ShareView> incoming(long siteId, ShareState state, Pageable pageable) {
        requireWriteSite(siteId);
        return views.views(shares.incoming(siteId, state, pageable));
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public Page<ShareView> outgoing(long siteId, Pageable pageable) {
        requireWriteSite(siteId);
        return views.views(shares.findBySourceSiteIdOrderByRequestedAtDescIdDesc(siteId, pageable));
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public Page<ShareView> of(long articleId, Pageable pageable) {
        writable(articleId);
        return views.views(shares.findByArticleIdOrderByRequestedAtDescIdDesc(articleId, pageable));
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public Page<ArticleSummary> pullable(long targetSiteId, long sourceSiteId, Pageable pageable) {
        SiteView target = channels.site(targetSiteId);
        access.requireShare(target.organisationId(), "site " + target.siteCode());
        if (sourceSiteId == targetSiteId) {
            return Page.empty(pageable);
        }
        channels.site(sourceSiteId);
        return views.pullable(targetSiteId, sourceSiteId, pageable);
    }

    @Override
    @PreAuthorize("hasAuthority('" + ContentPermissions.WRITE + "')")
    public List<SiteView> pullSources(long targetSiteId) {
        SiteView target = channels.site(targetSiteId);
        access.requireShare(target.organisationId(), "site " + target.siteCode());
        return channels.all().stream().filter(s -> s.id() != targetSiteId).toList();
    }

    @Override
    public Set<Long> acceptingChannels(long siteId) {
        return settings.accepting(siteId);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public void setAccepting(long siteId, long channelId, boolean accepts) {
        if (!siteService.canManage(siteId)) {
            throw new AccessDeniedException("not an administrator of site " + siteId);
        }
        ChannelView channel = channels.articleChannel(siteId, channelId);
        if (settings.accepts(channel.id()) == accepts) {
            return;
        }
        Instant now = clock.instant();
        settings.setAccepting(siteId, channel.id(), accepts, ArticleAccess.actor(), now);
        events.publishEvent(new ChannelSharingChanged(siteId, channel.id(), accepts));
        if (!accepts) {
            // pushes still waiting are refused with the channel; what it already carries stays
            for (Share share : shares.intoChannel(siteId, channel.id(), ShareState.PENDING)) {
                share.channelClosed(ArticleAccess.actor(), now);
                shares.flush();
                events.publishEvent(share.changed());
            }
        }
    }

    private Share create(Article article, SiteView target, ChannelView channel, boolean pulled) {
        for (Share active : shares.active(article.id())) {
            if (active.targetSiteId() != target.id()) {
                continue;
            }
            if (active.targetChannelId() == channel.id()) {
                throw DomainException.onField(
                        "targetChannelId",
                        "content.share.duplicate",
                        article.title(),
                        channel.name(),
                        Share.label(active.state()));
            }
            throw DomainException.onField(
                    "targetChannelId",
                    "content.share.alreadyOnSite",
                    article.title(),
                    target.name(),
                    Share.label(active.state()));
        }
        Share share = new Share(
                article.id(),
                article.siteId(),
                target.id(),
                channel.id(),
                target.organisationId(),
                channel.type() == org.civitas.site.ChannelType.DISCLOSURE,
                pulled,
                ArticleAccess.actor(),
                clock.instant());
        try {
            shares.saveAndFlush(share);
        } catch (DataIntegrityViolationException e) {
            // a concurrent push to the same site won the race
            throw DomainException.onField(
                    "targetChannelId",
                    "content.share.alreadyOnSite",
                    article.title(),
                    target.name(),
                    Share.label(ShareState.PENDING));
        }
        events.publishEvent(share.changed());
        return share;
    }

    /** The target site: another site than the article's own. */
    private SiteView target(Article article, long targetSiteId) {
        SiteView target = channels.site(targetSiteId);
        if (target.id() == article.siteId()) {
            throw DomainException.onField("targetSiteId", "content.share.sameSite", article.title(), target.name());
        }
        return target;
    }

    /** A share this user may decide on: an editor of its receiving site. */
    private Share received(long shareId) {
        Share share = shares.findById(shareId).orElseThrow(() -> new NotFoundException("Share", shareId));
        access.requireWrite(share.targetOrganisationId(), "share " + shareId);
        return share;
    }

    private Article writable(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        access.requireWrite(article.organisationId(), "article " + id);
        return article;
    }

    private void requireWriteSite(long siteId) {
        SiteView site = channels.site(siteId);
        access.requireWrite(site.organisationId(), "site " + site.siteCode());
    }

    private void changed(Share share, PublicationWriter.Placement placement, PublicContentChanged.Change change) {
        events.publishEvent(
                new PublicContentChanged(share.articleId(), placement.siteIds(), placement.channelIds(), change));
    }
}
