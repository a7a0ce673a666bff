package org.civitas.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The public side of content: only published articles, on the sites that carry them (their source
 * site and every site that accepted a shared copy). No permission check: everything here is public.
 * Lists order pinned articles first, then by sort order, then newest publish time first, unless said
 * otherwise.
 */
public interface ArticleCatalogue {

    /** The article as shown on {@code siteId}, if it is published there (as source or accepted copy). */
    Optional<PublishedArticle> published(long siteId, long articleId);

    /**
     * The articles as shown on {@code siteId}, those of {@code articleIds} published there, in two
     * queries: for indexing many at once (a rebuild, an import).
     */
    List<PublishedArticle> published(long siteId, java.util.Collection<Long> articleIds);

    /** Published articles listed in the channel on the site; with {@code includeDescendants} also those of its sub-channels. */
    Page<ArticleSummary> channel(long siteId, long channelId, boolean includeDescendants, Pageable pageable);

    /** The newest published articles of the channel (and its sub-channels), for home-page blocks. */
    List<ArticleSummary> latest(long siteId, long channelId, int limit);

    /** The newest published articles anywhere on the site. */
    List<ArticleSummary> latest(long siteId, int limit);

    /**
     * The site's changes at or after {@code since}, oldest first, for provincial and national
     * aggregation: each article listed there whose public content changed (published, edited, shared
     * to the site), and each article withdrawn from the site (withdrawn, unpublished, or a share to
     * the site ended) and not listed there again. An article appears at most once, in its latest
     * state; entries at the same instant are ordered by id, so pages are stable while nothing changes.
     */
    Page<ArticleChange> changesSince(long siteId, Instant since, Pageable pageable);

    /** Published articles of the site's disclosure channels, newest written date first. */
    Page<ArticleSummary> disclosure(long siteId, DisclosureFilter filter, Pageable pageable);

    DisclosureFacets disclosureFacets(long siteId);

    /** Whether the blob is the cover or an attachment of an article published on the site: only then it is public there. */
    boolean isPublicBlob(long siteId, long blobId);

    /** Ids of every published article on the site, for sitemaps and full static export. */
    List<ArticleSummary> all(long siteId);
}
