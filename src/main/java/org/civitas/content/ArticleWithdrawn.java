package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An article was taken off every public site that carried it, by hand or at its scheduled time. */
@Audited(action = "content:withdraw", object = "Article", id = "articleId")
public record ArticleWithdrawn(long articleId, boolean scheduled, int sites) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(scheduled ? "ArticleWithdrawnOnSchedule" : "ArticleWithdrawn", articleId, sites);
    }
}
