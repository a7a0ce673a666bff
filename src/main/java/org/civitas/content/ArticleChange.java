package org.civitas.content;

import java.time.Instant;

/**
 * One entry of a site's change feed for aggregation platforms: an article published there as it is
 * now, or its withdrawal from the site.
 *
 * @param id the article's id
 * @param at when the change happened: the listing's last public change, or the withdrawal
 * @param article the article as listed now, or {@code null} when it was withdrawn from the site
 */
public record ArticleChange(long id, Instant at, ArticleSummary article) {

    public boolean withdrawn() {
        return article == null;
    }
}
