package org.civitas.content;

import java.time.Instant;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An article passed its review chain and waits for its scheduled publish time. */
@Audited(action = "content:approve", object = "Article", id = "articleId")
public record ArticleApproved(long articleId, Instant publishAt) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleApproved", articleId, publishAt);
    }
}
