package org.civitas.content;

import java.time.Instant;

/** One row of the editors' article list. */
public record ArticleListItem(
        long id,
        long siteId,
        long channelId,
        String title,
        ArticleState state,
        boolean live,
        boolean pinned,
        Instant publishAt,
        String updatedBy,
        Instant updatedAt) {}
