package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * An article was moved, in its state, to another channel of its site because its channel was removed
 * (the site administrator chose to keep the channel's articles).
 */
public record ArticleMoved(long articleId, String title, long fromChannelId, long toChannelId)
        implements AuditableEvent {

    @Override
    public String action() {
        return "content:move";
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
        return AuditSummary.of("ArticleMoved", articleId, title, fromChannelId, toChannelId);
    }
}
