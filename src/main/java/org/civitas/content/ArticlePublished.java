package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An article's approved revision was made public (first publication or an update of a published one). */
@Audited(action = "content:publish", object = "Article", id = "articleId")
public record ArticlePublished(long articleId, int revision, long siteId, long channelId, boolean update)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(
                update ? "ArticleRepublished" : "ArticlePublished", articleId, revision, channelId, siteId);
    }
}
