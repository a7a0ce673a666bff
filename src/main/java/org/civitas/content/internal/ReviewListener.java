package org.civitas.content.internal;

import org.civitas.content.ArticleReturned;
import org.civitas.workflow.ReviewCompleted;
import org.civitas.workflow.ReviewOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves articles on when their review finishes. It listens inside the reviewer's transaction, so the
 * decision and its effect on the article (published, or back to draft with the reason) commit together.
 */
@Component
class ReviewListener {

    private final Articles articles;
    private final ArticleLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ReviewListener(
            Articles articles, ArticleLifecycle lifecycle, ApplicationEventPublisher events, java.time.Clock clock) {
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ReviewCompleted completed) {
        if (!ArticleLifecycle.SUBJECT_TYPE.equals(completed.subject().type())) {
            return;
        }
        long id = Long.parseLong(completed.subject().id());
        // an article deleted meanwhile cannot be: drafts under review are not deletable
        Article article = articles.findById(id).orElseThrow();
        if (completed.outcome() == ReviewOutcome.APPROVED) {
            lifecycle.approve(article, completed.actor());
        } else {
            String reason = completed.comment() == null ? "" : completed.comment();
            article.returnToAuthor(
                    reason.length() > 1000 ? reason.substring(0, 1000) : reason, completed.actor(), clock.instant());
            articles.flush();
            events.publishEvent(new ArticleReturned(id, completed.actor(), reason));
        }
    }
}
