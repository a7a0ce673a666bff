package org.civitas.content;

import java.time.Instant;

/**
 * A share of an article with another site, as the editors of both sites see it.
 *
 * @param title the article's public title (its working title while it has no public copy)
 * @param live whether the source article is on the public sites now
 * @param pulled whether the receiving site took it itself (pull) rather than being pushed it
 * @param reason why it was declined; for {@link ShareState#CHANNEL_REMOVED} the removed channel's name; else {@code null}
 * @param decidedBy who accepted, declined, removed or cancelled it, or who withdrew the source, removed the receiving channel or closed it to pushes
 */
public record ShareView(
        long id,
        long articleId,
        String title,
        boolean live,
        long sourceSiteId,
        String sourceSiteName,
        long targetSiteId,
        String targetSiteName,
        long targetChannelId,
        String targetChannelName,
        ShareState state,
        boolean pulled,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt) {}
