package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A change to an article was saved as a new revision. */
public record ArticleSaved(long articleId, int revision, String title) implements AuditableEvent {

    @Override
    public String action() {
        return "content:update";
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
        return AuditSummary.of("ArticleSaved", articleId, revision, title);
    }
}
