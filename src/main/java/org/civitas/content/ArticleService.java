package org.civitas.content;

import java.util.List;
import org.civitas.site.SiteView;
import org.civitas.workflow.ReviewHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Writing articles (editors). Every method needs {@link ContentPermissions#WRITE} with a scope that
 * contains the organisation of the article's site; every write publishes one auditable event
 * ({@link ArticleCreated}, {@link ArticleSaved}, {@link ArticleSubmitted}, {@link ArticleWithdrawn},
 * {@link ArticleDeleted}; publication follows the review as {@link ArticlePublished}). Refusals are
 * {@link org.civitas.platform.DomainException}s and change nothing.
 */
public interface ArticleService {

    /** The sites the current user may write articles for, in tree order. */
    List<SiteView> writableSites();

    boolean canWrite(long siteId);

    /** Creates a draft in a LIST or DISCLOSURE channel of the site; the first version is kept. */
    ArticleView create(long siteId, long channelId, ArticleDraft draft);

    /**
     * Saves a change as a new version. A published article stays public unchanged until the change has
     * passed review (its state goes back to draft); an article under review cannot be changed.
     */
    ArticleView save(long id, ArticleDraft draft, long expectedVersion);

    /**
     * Submits the working copy to its channel's review chain; in a channel without a chain it is
     * published at once (or at its scheduled time).
     */
    ArticleView submit(long id);

    /** Takes a published (or approved and scheduled) article off every public site. */
    ArticleView withdraw(long id);

    /** Deletes a draft that was never public. */
    void deleteDraft(long id);

    ArticleView get(long id);

    /**
     * Articles of one site, optionally of one channel and state, newest change first; when {@code mine} only
     * those the signed-in person wrote (their drafts on the console home lead here), when {@code returned} only
     * those a reviewer sent back.
     */
    Page<ArticleListItem> list(
            long siteId, Long channelId, ArticleState state, boolean mine, boolean returned, Pageable pageable);

    /** Every saved version, newest first. */
    List<ArticleRevision> revisions(long id);

    ArticleRevision revision(long id, int revision);

    /** What changed from one saved version to another (either order; the older is shown first). */
    ArticleDiff diff(long id, int fromRevision, int toRevision);

    /** Every review the article went through, oldest first. */
    List<ReviewHistory> reviews(long id);
}
