package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A share of an article with another site was pushed, pulled, accepted, declined, removed, cancelled or
 * ended (by the source's withdrawal, or because the receiving channel was removed or closed to pushes);
 * {@code state} is its new state.
 */
@Audited(object = "Article", id = "articleId")
public record ShareChanged(
        long shareId,
        long articleId,
        long sourceSiteId,
        long targetSiteId,
        long targetChannelId,
        ShareState state,
        boolean pulled,
        String reason)
        implements AuditableEvent {
    @Override
    public String action() {
        return switch (state) {
            case PENDING -> "content:share-push";
            case ACCEPTED -> pulled ? "content:share-pull" : "content:share-accept";
            case DECLINED -> "content:share-decline";
            case REMOVED -> "content:share-remove";
            case CANCELLED -> "content:share-cancel";
            case ENDED, CHANNEL_REMOVED, CHANNEL_CLOSED -> "content:share-end";
        };
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "ShareChanged",
                shareId,
                articleId,
                sourceSiteId,
                targetChannelId,
                targetSiteId,
                AuditSummary.label("content.share.state.", state),
                reason == null ? "" : reason);
    }
}
