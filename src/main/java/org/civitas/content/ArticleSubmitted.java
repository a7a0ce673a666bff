package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An article was submitted: to its channel's review chain, or straight to publication when the channel has none. */
@Audited(action = "content:submit", object = "Article", id = "articleId")
public record ArticleSubmitted(long articleId, int revision, String chainCode) implements AuditableEvent {
    @Override
    public String summary() {
        return chainCode == null
                ? AuditSummary.of("ArticleSubmittedWithoutReview", articleId, revision)
                : AuditSummary.of("ArticleSubmitted", articleId, revision, chainCode);
    }
}
