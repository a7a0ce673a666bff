package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An article was taken off every public site that carried it, by hand or at its scheduled time. */
public record ArticleWithdrawn(long articleId, boolean scheduled, int sites) implements AuditableEvent {

    @Override
    public String action() {
        return "content:withdraw";
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
        return AuditSummary.of(scheduled ? "ArticleWithdrawnOnSchedule" : "ArticleWithdrawn", articleId, sites);
    }
}
