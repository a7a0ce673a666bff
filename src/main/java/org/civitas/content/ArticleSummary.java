package org.civitas.content;

import java.time.Instant;

/**
 * A published article as a list shows it, on one site.
 *
 * @param id the source article's id (the same on every site that carries it)
 * @param siteId the site this listing is on (the source site, or a site carrying a shared copy)
 * @param channelId the channel on {@code siteId} it is listed in
 * @param sourceSiteId the site that owns the article
 * @param coverBlobId the cover image's blob, or {@code null}
 * @param externalUrl for external-link articles the address the title links to, else {@code null}
 * @param indexNumber the disclosure index number, or {@code null} outside disclosure channels
 * @param publishedAt the publish time shown to readers
 * @param updatedAt when the public content last changed (edit, publish, withdraw)
 */
public record ArticleSummary(
        long id,
        long siteId,
        long channelId,
        long sourceSiteId,
        String title,
        String subtitle,
        String summary,
        Long coverBlobId,
        String externalUrl,
        String indexNumber,
        boolean pinned,
        Instant publishedAt,
        Instant updatedAt) {}
