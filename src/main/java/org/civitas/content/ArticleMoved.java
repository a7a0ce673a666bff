package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * An article was moved, in its state, to another channel of its site because its channel was removed
 * (the site administrator chose to keep the channel's articles).
 */
@Audited(action = "content:move", object = "Article", id = "articleId")
public record ArticleMoved(long articleId, String title, long fromChannelId, long toChannelId)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ArticleMoved", articleId, title, fromChannelId, toChannelId);
    }
}
