package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A reviewer returned an article to its author; the reason is kept on the article. */
public record ArticleReturned(long articleId, String reviewer, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "content:return";
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
        return AuditSummary.of("ArticleReturned", articleId, reviewer, reason);
    }
}
