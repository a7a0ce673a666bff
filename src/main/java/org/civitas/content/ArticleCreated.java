package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An article was created as a draft (revision 1). */
public record ArticleCreated(long articleId, long siteId, long channelId, String title) implements AuditableEvent {

    @Override
    public String action() {
        return "content:create";
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
        return AuditSummary.of("ArticleCreated", articleId, channelId, siteId, title);
    }
}
