package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A reviewer returned an article to its author; the reason is kept on the article. */
@Audited(action = "content:return", object = "Article", id = "articleId")
public record ArticleReturned(long articleId, String reviewer, String reason) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleReturned", articleId, reviewer, reason);
    }
}
