package org.civitas.publishing.view;

import java.util.List;

/**
 * A published article on its own page (or a single-page channel): the list fields and its body.
 *
 * @param language the article's language where it differs from the page's
 * @param body sanitized HTML made by Civitas, the only value a template may write unescaped (in triple braces)
 * @param source the 来源 line, if any
 * @param author the author, if named
 * @param tags the article's tags, as texts
 * @param attachments its files with their public addresses
 * @param disclosure the information-disclosure fields, for disclosure documents
 * @param sharedFrom the source site of a shared copy
 */
public record ArticleView(
        String title,
        String url,
        String date,
        String summary,
        String subtitle,
        String titleLanguage,
        String subtitleLanguage,
        String indexNumber,
        boolean pinned,
        boolean external,
        String cover,
        String language,
        String body,
        String source,
        String author,
        List<String> tags,
        List<Attachment> attachments,
        DisclosureFields disclosure,
        Link sharedFrom) {

    public ArticleView {
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }

    public static ArticleView of(
            ArticleItem item,
            String language,
            String body,
            String source,
            String author,
            List<String> tags,
            List<Attachment> attachments,
            DisclosureFields disclosure) {
        return new ArticleView(
                item.title(),
                item.url(),
                item.date(),
                item.summary(),
                item.subtitle(),
                item.titleLanguage(),
                item.subtitleLanguage(),
                item.indexNumber(),
                item.pinned(),
                item.external(),
                item.cover(),
                language,
                body,
                source,
                author,
                tags,
                attachments,
                disclosure,
                null);
    }

    public ArticleView sharedFrom(Link source) {
        return new ArticleView(
                title,
                url,
                date,
                summary,
                subtitle,
                titleLanguage,
                subtitleLanguage,
                indexNumber,
                pinned,
                external,
                cover,
                language,
                body,
                this.source,
                author,
                tags,
                attachments,
                disclosure,
                source);
    }

    /** A file attached to the article; {@code size} is for people ({@code 2.0 KB}). */
    public record Attachment(String name, String url, String size) {}

    /** The catalogue fields of a disclosure document; {@code writtenDate} as {@code yyyy-MM-dd}. */
    public record DisclosureFields(
            String indexNumber,
            String documentNumber,
            String issuingAuthority,
            String writtenDate,
            String subjectCategory,
            String validity) {}
}
