package org.civitas.content;

import java.time.Instant;
import java.util.List;
import org.civitas.site.ContentLanguage;

/**
 * An article as its editors see it: the working copy with its state.
 *
 * @param live whether a published copy is on the public sites (it may be older than the working copy
 *     while a change is being written or reviewed)
 * @param returnReason why a reviewer last returned it, while it is a returned draft; else {@code null}
 * @param revision the number of the latest saved version
 * @param version pass it back when saving, so that a concurrent save is detected
 */
public record ArticleView(
        long id,
        long siteId,
        long channelId,
        ArticleState state,
        boolean live,
        String title,
        String subtitle,
        String summary,
        String bodyHtml,
        Long coverBlobId,
        List<AttachmentView> attachments,
        String source,
        String author,
        List<String> tags,
        boolean pinned,
        int sortOrder,
        String externalUrl,
        Instant publishAt,
        Instant withdrawAt,
        DisclosureMetadata disclosure,
        String returnReason,
        int revision,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version,
        ContentLanguage language) {

    /** The draft that saving this article unchanged would send. */
    public ArticleDraft toDraft() {
        return new ArticleDraft(
                title,
                subtitle,
                summary,
                bodyHtml,
                coverBlobId,
                attachments.stream().map(AttachmentView::blobId).toList(),
                source,
                author,
                tags,
                pinned,
                sortOrder,
                externalUrl,
                publishAt,
                withdrawAt,
                disclosure == null
                        ? null
                        : new ArticleDraft.Disclosure(
                                disclosure.documentNumber(),
                                disclosure.issuingAuthority(),
                                disclosure.writtenDate(),
                                disclosure.subjectCategory(),
                                disclosure.validity()),
                language);
    }
}
