package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An article was submitted: to its channel's review chain, or straight to publication when the channel has none. */
public record ArticleSubmitted(long articleId, int revision, String chainCode) implements AuditableEvent {

    @Override
    public String action() {
        return "content:submit";
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
        return chainCode == null
                ? AuditSummary.of("ArticleSubmittedWithoutReview", articleId, revision)
                : AuditSummary.of("ArticleSubmitted", articleId, revision, chainCode);
    }
}
