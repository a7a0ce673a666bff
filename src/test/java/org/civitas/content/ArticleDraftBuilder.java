package org.civitas.content;

import java.time.Instant;
import java.util.List;

/**
 * An {@link ArticleDraft} for a test, naming only what the test is about (a title and body, then a cover,
 * attachments, a schedule…); everything else is left empty as an editor would.
 */
public final class ArticleDraftBuilder {

    private final String title;
    private final String bodyHtml;
    private Long coverBlobId;
    private List<Long> attachmentBlobIds = List.of();
    private List<String> tags = List.of();
    private boolean pinned;
    private int sortOrder;
    private String externalUrl;
    private Instant publishAt;
    private Instant withdrawAt;

    private ArticleDraftBuilder(String title, String bodyHtml) {
        this.title = title;
        this.bodyHtml = bodyHtml;
    }

    public static ArticleDraftBuilder draft(String title, String bodyHtml) {
        return new ArticleDraftBuilder(title, bodyHtml);
    }

    public ArticleDraftBuilder cover(long blobId) {
        this.coverBlobId = blobId;
        return this;
    }

    public ArticleDraftBuilder attachments(List<Long> blobIds) {
        this.attachmentBlobIds = blobIds;
        return this;
    }

    public ArticleDraftBuilder tags(List<String> tags) {
        this.tags = tags;
        return this;
    }

    public ArticleDraftBuilder pinned(boolean pinned, int sortOrder) {
        this.pinned = pinned;
        this.sortOrder = sortOrder;
        return this;
    }

    public ArticleDraftBuilder externalUrl(String url) {
        this.externalUrl = url;
        return this;
    }

    public ArticleDraftBuilder scheduled(Instant publishAt, Instant withdrawAt) {
        this.publishAt = publishAt;
        this.withdrawAt = withdrawAt;
        return this;
    }

    public ArticleDraft build() {
        return new ArticleDraft(
                title,
                null,
                null,
                bodyHtml,
                coverBlobId,
                attachmentBlobIds,
                null,
                null,
                tags,
                pinned,
                sortOrder,
                externalUrl,
                publishAt,
                withdrawAt,
                null,
                null);
    }
}
