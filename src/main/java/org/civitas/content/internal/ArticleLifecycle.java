package org.civitas.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.civitas.content.ArticleApproved;
import org.civitas.content.ArticlePublished;
import org.civitas.content.ArticleSubmitted;
import org.civitas.content.ArticleWithdrawn;
import org.civitas.content.PublicContentChanged;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps from submission to the public and back, shared by the editors' service, the review
 * listener, the scheduler and operator commands, so that publication always goes the same way:
 * approved state first, then the public copy, then the events.
 */
@Component
class ArticleLifecycle {

    /** The subject type of articles in the workflow module. */
    static final String SUBJECT_TYPE = "content.article";

    private final Articles articles;
    private final PublicationWriter publications;
    private final Shares shares;
    private final ChannelSettings settings;
    private final SiteChannelLookup channels;
    private final IndexNumberIssuer indexNumbers;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleLifecycle(
            Articles articles,
            PublicationWriter publications,
            Shares shares,
            ChannelSettings settings,
            SiteChannelLookup channels,
            IndexNumberIssuer indexNumbers,
            ReviewService reviews,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.publications = publications;
        this.shares = shares;
        this.settings = settings;
        this.channels = channels;
        this.indexNumbers = indexNumbers;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the article onto its channel's chain, or approves it at once when the channel has none. */
    void submit(Article article, String by) {
        Optional<String> chain = settings.chain(article.channelId());
        article.submit(by, clock.instant());
        articles.flush();
        events.publishEvent(new ArticleSubmitted(article.id(), article.revision(), chain.orElse(null)));
        if (chain.isEmpty()) {
            approve(article, by);
            return;
        }
        // a chain without steps completes inside start(): ReviewListener approves the article then
        reviews.start(
                chain.get(),
                new ReviewSubject(
                        SUBJECT_TYPE, String.valueOf(article.id()), article.title(), by, article.organisationId()));
    }

    /** The chain was passed: publish now, or keep it approved until its publish time. */
    void approve(Article article, String by) {
        Instant now = clock.instant();
        article.approve(by, now);
        if (article.due(now)) {
            publish(article, by);
        } else {
            articles.flush();
            events.publishEvent(new ArticleApproved(article.id(), article.publishAt()));
        }
    }

    /** Makes the approved article public on its site and every site carrying it. */
    void publish(Article article, String by) {
        Instant now = clock.instant();
        boolean disclosure = channels.disclosure(article.siteId(), article.channelId());
        if (disclosure && article.indexNumber() == null) {
            article.assignIndexNumber(indexNumbers.next(article, now));
        }
        boolean update = article.publish(by, now);
        articles.flush();
        var placement = publications.publish(article, disclosure, now);
        events.publishEvent(
                new ArticlePublished(article.id(), article.revision(), article.siteId(), article.channelId(), update));
        events.publishEvent(new PublicContentChanged(
                article.id(),
                placement.siteIds(),
                placement.channelIds(),
                update ? PublicContentChanged.Change.UPDATED : PublicContentChanged.Change.PUBLISHED));
    }

    /** Takes the article off every public site; its shares with other sites end (a new push is needed later). */
    void withdraw(Article article, String by, boolean scheduled) {
        Instant now = clock.instant();
        article.withdraw(by, now);
        articles.flush();
        var placement = publications.remove(article.id(), now);
        for (Share share : shares.active(article.id())) {
            share.end(by, now);
            shares.flush();
            events.publishEvent(share.changed());
        }
        events.publishEvent(new ArticleWithdrawn(
                article.id(), scheduled, placement.siteIds().size()));
        if (!placement.siteIds().isEmpty()) {
            events.publishEvent(new PublicContentChanged(
                    article.id(), placement.siteIds(), placement.channelIds(), PublicContentChanged.Change.WITHDRAWN));
        }
    }
}
