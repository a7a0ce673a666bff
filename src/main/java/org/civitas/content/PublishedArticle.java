package org.civitas.content;

import java.util.List;
import org.civitas.site.ContentLanguage;

/**
 * A published article with everything its public page shows.
 *
 * @param bodyHtml the body, sanitized by {@link org.civitas.platform.RichText} when it was saved
 * @param source 来源, e.g. the issuing office
 * @param disclosure disclosure metadata, or {@code null} outside disclosure channels
 */
public record PublishedArticle(
        ArticleSummary summary,
        String bodyHtml,
        String source,
        String author,
        List<String> tags,
        List<AttachmentView> attachments,
        DisclosureMetadata disclosure,
        ContentLanguage language) {

    /** A published article in its site's language (the form before articles had a language). */
    public PublishedArticle(
            ArticleSummary summary,
            String bodyHtml,
            String source,
            String author,
            List<String> tags,
            List<AttachmentView> attachments,
            DisclosureMetadata disclosure) {
        this(summary, bodyHtml, source, author, tags, attachments, disclosure, null);
    }
}
