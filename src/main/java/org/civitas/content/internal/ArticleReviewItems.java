package org.civitas.content.internal;

import java.util.Optional;
import org.civitas.platform.TextDiff;
import org.civitas.workflow.ReviewItemPreview;
import org.civitas.workflow.ReviewItems;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles on the reviewer's task page. A reviewer reads the article they are asked to approve while
 * they may act on its open review task, even without being one of its site's editors; articles carry no
 * security label (they are written to be public). The editors of its site open it on its own page.
 */
@Component
@Transactional(readOnly = true)
class ArticleReviewItems implements ReviewItems {

    private static final String TEMPLATE = "admin/articles/review-item";

    private final Articles articles;
    private final ArticleAccess access;
    private final SiteChannelLookup channels;
    private final PublicationWriter publications;
    private final ReviewService reviews;

    ArticleReviewItems(
            Articles articles,
            ArticleAccess access,
            SiteChannelLookup channels,
            PublicationWriter publications,
            ReviewService reviews) {
        this.articles = articles;
        this.access = access;
        this.channels = channels;
        this.publications = publications;
        this.reviews = reviews;
    }

    @Override
    public String subjectType() {
        return ArticleLifecycle.SUBJECT_TYPE;
    }

    @Override
    public String kindKey() {
        return "content.review.kind";
    }

    @Override
    public Optional<String> link(String subjectId) {
        return article(subjectId)
                .filter(a -> access.scope().contains(a.organisationId()))
                .map(a -> "/admin/articles/" + a.id());
    }

    @Override
    public Optional<ReviewItemPreview> preview(ReviewTask task) {
        return article(task.subject().id())
                .filter(a -> access.scope().contains(a.organisationId()) || reviewing(a))
                .map(a -> new ReviewItemPreview(TEMPLATE, underReview(a)));
    }

    /** Whether the current user may act on the article's open review task now. */
    boolean reviewing(Article article) {
        return reviews.openTask(ArticleLifecycle.SUBJECT_TYPE, String.valueOf(article.id()))
                .isPresent();
    }

    private ArticleUnderReview underReview(Article a) {
        var view = a.view();
        var site = channels.site(a.siteId());
        var channel = channels.channel(a.siteId(), a.channelId());
        var published = a.live() ? publications.publicText(a.id()) : Optional.<PublicationWriter.PublicText>empty();
        return new ArticleUnderReview(
                view,
                site.name(),
                channel.map(c -> c.name()).orElse(""),
                channel.map(c -> c.type() == org.civitas.site.ChannelType.DISCLOSURE)
                        .orElse(false),
                published.map(p -> TextDiff.compare(p.title(), a.title())).orElse(null),
                published
                        .map(p -> TextDiff.compareRichText(p.body(), view.bodyHtml())
                                .collapsed(3))
                        .orElse(null));
    }

    private Optional<Article> article(String subjectId) {
        try {
            return articles.findById(Long.valueOf(subjectId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
