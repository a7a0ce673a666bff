package org.civitas.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civitas.site.ContentLanguage;

/**
 * What an editor writes: the whole editable content of an article, as given when creating or saving.
 *
 * @param title plain text, required, at most 200 characters; control characters are refused
 * @param bodyHtml rich text; sanitized with {@link org.civitas.platform.RichText} before it is stored
 * @param coverBlobId an uploaded image, or {@code null}
 * @param attachmentBlobIds uploaded files, in the order shown
 * @param tags at most 10, each at most 20 characters
 * @param sortOrder 0–9999, smaller first among articles of the same pinning
 * @param externalUrl for an external-link article the {@code http(s)} address its title links to
 * @param publishAt the publish time shown to readers; in the future it schedules the publication
 * @param withdrawAt when the article should be withdrawn by itself, or {@code null}
 * @param disclosure for disclosure channels the disclosure fields (the index number is generated), else {@code null}
 * @param language Chinese, Tibetan or both; {@code null} follows the site's language
 */
public record ArticleDraft(
        String title,
        String subtitle,
        String summary,
        String bodyHtml,
        Long coverBlobId,
        List<Long> attachmentBlobIds,
        String source,
        String author,
        List<String> tags,
        boolean pinned,
        int sortOrder,
        String externalUrl,
        Instant publishAt,
        Instant withdrawAt,
        Disclosure disclosure,
        ContentLanguage language) {

    public ArticleDraft {
        attachmentBlobIds = attachmentBlobIds == null ? List.of() : List.copyOf(attachmentBlobIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same draft in {@code language}. */
    public ArticleDraft inLanguage(ContentLanguage language) {
        return new ArticleDraft(
                title,
                subtitle,
                summary,
                bodyHtml,
                coverBlobId,
                attachmentBlobIds,
                source,
                author,
                tags,
                pinned,
                sortOrder,
                externalUrl,
                publishAt,
                withdrawAt,
                disclosure,
                language);
    }

    /** A draft with a title and body only. */
    public static ArticleDraft of(String title, String bodyHtml) {
        return new ArticleDraft(
                title, null, null, bodyHtml, null, List.of(), null, null, List.of(), false, 0, null, null, null, null,
                null);
    }

    /**
     * 政府信息公开 fields an editor enters; the index number is generated from the site's rule.
     *
     * @param validity {@code 有效}, {@code 失效}, {@code 废止} or {@code null}
     */
    public record Disclosure(
            String documentNumber,
            String issuingAuthority,
            LocalDate writtenDate,
            String subjectCategory,
            String validity) {}
}
