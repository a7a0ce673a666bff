package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An article's approved revision was made public (first publication or an update of a published one). */
public record ArticlePublished(long articleId, int revision, long siteId, long channelId, boolean update)
        implements AuditableEvent {

    @Override
    public String action() {
        return "content:publish";
    }

    @Override
    public String objectType() {
        return "Article";
    }

    @Override
    public String objectId() {
        return String.valueOf(articleId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                update ? "ArticleRepublished" : "ArticlePublished", articleId, revision, channelId, siteId);
    }
}
