package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An article was created as a draft (revision 1). */
@Audited(action = "content:create", object = "Article", id = "articleId")
public record ArticleCreated(long articleId, long siteId, long channelId, String title) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleCreated", articleId, channelId, siteId, title);
    }
}
