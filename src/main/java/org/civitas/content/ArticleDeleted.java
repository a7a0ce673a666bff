package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A draft that was never public was deleted with its versions. */
@Audited(action = "content:delete", object = "Article", id = "articleId")
public record ArticleDeleted(long articleId, String title) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleDeleted", articleId, title);
    }
}
