package org.civitas.content.internal;

import java.time.Clock;
import java.time.Instant;
import org.civitas.content.ArticleMoved;
import org.civitas.content.ArticleState;
import org.civitas.content.PublicContentChanged;
import org.civitas.site.trusted.ChannelContents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of a channel that its site is removing (a trusted port: the site module has checked that the
 * user manages the site). Each article moves in its state; a public one stays public and its pages, feeds and
 * search follow its {@link PublicContentChanged}; with {@code withdraw} it is first taken off the public sites
 * as a withdrawal by hand would.
 */
@Component
class ChannelArticles implements ChannelContents {

    private final Articles articles;
    private final ArticleLifecycle lifecycle;
    private final PublicationWriter publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelArticles(
            Articles articles,
            ArticleLifecycle lifecycle,
            PublicationWriter publications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.publications = publications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long count(long channelId) {
        return articles.countByChannelId(channelId);
    }

    @Override
    @Transactional
    public long moveAll(long siteId, long fromChannelId, long toChannelId, boolean withdraw) {
        String by = ArticleAccess.actor();
        long moved = 0;
        for (Article article : articles.findByChannelIdOrderById(fromChannelId)) {
            if (article.siteId() != siteId) {
                continue;
            }
            if (withdraw && (article.live() || article.state() == ArticleState.APPROVED)) {
                lifecycle.withdraw(article, by, false);
            }
            Instant now = clock.instant();
            article.moveTo(toChannelId, by, now);
            articles.flush();
            events.publishEvent(new ArticleMoved(article.id(), article.title(), fromChannelId, toChannelId));
            if (article.live()) {
                var placement = publications.move(article.id(), toChannelId);
                events.publishEvent(new PublicContentChanged(
                        article.id(),
                        placement.siteIds(),
                        placement.channelIds(),
                        PublicContentChanged.Change.UPDATED));
            }
            moved++;
        }
        return moved;
    }
}
