package org.civitas.content;

import java.time.Instant;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An article passed its review chain and waits for its scheduled publish time. */
public record ArticleApproved(long articleId, Instant publishAt) implements AuditableEvent {

    @Override
    public String action() {
        return "content:approve";
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
        return AuditSummary.of("ArticleApproved", articleId, publishAt);
    }
}
