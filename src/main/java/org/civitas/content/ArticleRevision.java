package org.civitas.content;

import java.time.Instant;

/**
 * One saved version of an article.
 *
 * @param fields the other fields (subtitle, source, tags, …) as readable {@code name: value} lines
 */
public record ArticleRevision(
        long articleId, int revision, String title, String fields, String bodyHtml, String savedBy, Instant savedAt) {}
