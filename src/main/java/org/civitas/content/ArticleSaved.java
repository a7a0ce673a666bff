package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A change to an article was saved as a new revision. */
@Audited(action = "content:update", object = "Article", id = "articleId")
public record ArticleSaved(long articleId, int revision, String title) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleSaved", articleId, revision, title);
    }
}
