package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A draft that was never public was deleted with its versions. */
public record ArticleDeleted(long articleId, String title) implements AuditableEvent {

    @Override
    public String action() {
        return "content:delete";
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
        return AuditSummary.of("ArticleDeleted", articleId, title);
    }
}
