package org.civitas.content.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import org.civitas.platform.DomainException;
import org.civitas.platform.RichText;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises what an editor wrote. Titles and other short fields are plain text: they are
 * stored as typed and escaped where shown, and control characters (which no keyboard produces and
 * which can hide text from reviewers) are refused. The body goes through the rich-text allow-list.
 */
@Component
class ArticleRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int TAGS_MAX = 10;
    static final int TAG_MAX = 20;
    static final int ATTACHMENTS_MAX = 50;
    static final Set<String> VALIDITIES = Set.of("有效", "失效", "废止");

    /** C0 and C1 controls, DEL, bidi overrides and zero-width marks; tab and line breaks are handled per field. */
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Pattern LINE_BREAK = Pattern.compile("[\\t\\r\\n]");

    private final BlobStore blobs;

    ArticleRules(BlobStore blobs) {
        this.blobs = blobs;
    }

    /**
     * The validated content.
     *
     * @param disclosureChannel whether the article's channel is a disclosure channel (only then disclosure fields are kept)
     */
    ArticleContent check(ArticleDraft draft, boolean disclosureChannel) {
        if (draft == null) {
            throw DomainException.onField("title", "content.title.required");
        }
        String title = line("title", draft.title(), TITLE_MAX);
        if (title == null) {
            throw DomainException.onField("title", "content.title.required");
        }
        String subtitle = line("subtitle", draft.subtitle(), TITLE_MAX);
        String summary = text("summary", draft.summary(), SUMMARY_MAX);
        String body = RichText.clean(draft.bodyHtml());
        String externalUrl = url(draft.externalUrl());
        if (externalUrl == null && RichText.toPlainText(body).isBlank() && !body.contains("<img")) {
            throw DomainException.onField("bodyHtml", "content.body.required");
        }
        if (draft.sortOrder() < 0 || draft.sortOrder() > 9999) {
            throw DomainException.onField("sortOrder", "content.sortOrder.range");
        }
        if (draft.publishAt() != null
                && draft.withdrawAt() != null
                && !draft.withdrawAt().isAfter(draft.publishAt())) {
            throw DomainException.onField("withdrawAt", "content.withdrawAt.beforePublish");
        }
        return new ArticleContent(
                title,
                subtitle,
                summary,
                body,
                cover(draft.coverBlobId()),
                attachments(draft.attachmentBlobIds()),
                line("source", draft.source(), 100),
                line("author", draft.author(), 100),
                tags(draft.tags()),
                draft.pinned(),
                draft.sortOrder(),
                externalUrl,
                seconds(draft.publishAt()),
                seconds(draft.withdrawAt()),
                disclosureChannel ? disclosure(draft.disclosure()) : null);
    }

    /** Times are kept to the second: finer is meaningless for a schedule, and databases round it differently. */
    private static Instant seconds(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** One line of plain text: trimmed, {@code null} when blank, no control characters or line breaks. */
    static String line(String field, String value, int max) {
        String text = text(field, value, max);
        if (text != null && LINE_BREAK.matcher(text).find()) {
            throw DomainException.onField(field, "content.text.control");
        }
        return text;
    }

    /** Plain text that may span lines. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (CONTROL.matcher(text).find()) {
            throw DomainException.onField(field, "content.text.control");
        }
        if (text.length() > max) {
            throw DomainException.onField(field, "content.text.tooLong", max);
        }
        return text;
    }

    private static String url(String value) {
        String text = line("externalUrl", value, 1000);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw DomainException.onField("externalUrl", "content.externalUrl.invalid", text);
    }

    private static List<String> tags(List<String> values) {
        Set<String> tags = new LinkedHashSet<>();
        for (String value : values) {
            String tag = line("tags", value, TAG_MAX);
            if (tag == null) {
                continue;
            }
            if (tag.contains(",")) {
                throw DomainException.onField("tags", "content.tag.comma", tag);
            }
            tags.add(tag);
        }
        if (tags.size() > TAGS_MAX) {
            throw DomainException.onField("tags", "content.tags.tooMany", TAGS_MAX);
        }
        return List.copyOf(tags);
    }

    private Long cover(Long blobId) {
        if (blobId == null) {
            return null;
        }
        BlobInfo blob = blob("coverBlobId", blobId);
        if (!blob.contentType().startsWith("image/")) {
            throw DomainException.onField("coverBlobId", "content.cover.notImage", blob.filename());
        }
        return blobId;
    }

    private List<Attachment> attachments(List<Long> blobIds) {
        if (blobIds.size() > ATTACHMENTS_MAX) {
            throw DomainException.onField("attachmentBlobIds", "content.attachments.tooMany", ATTACHMENTS_MAX);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(blobIds)) {
            BlobInfo blob = blob("attachmentBlobIds", id);
            attachments.add(new Attachment(blob.id(), blob.filename(), blob.contentType(), blob.size()));
        }
        return attachments;
    }

    private BlobInfo blob(String field, Long id) {
        if (id == null) {
            throw DomainException.onField(field, "content.blob.unknown", "null");
        }
        return blobs.find(id).orElseThrow(() -> DomainException.onField(field, "content.blob.unknown", id));
    }

    private static ArticleDraft.Disclosure disclosure(ArticleDraft.Disclosure d) {
        if (d == null) {
            return new ArticleDraft.Disclosure(null, null, null, null, null);
        }
        String validity = line("validity", d.validity(), 16);
        if (validity != null && !VALIDITIES.contains(validity)) {
            throw DomainException.onField("validity", "content.validity.invalid", validity);
        }
        return new ArticleDraft.Disclosure(
                line("documentNumber", d.documentNumber(), 100),
                line("issuingAuthority", d.issuingAuthority(), 200),
                d.writtenDate(),
                line("subjectCategory", d.subjectCategory(), 100),
                validity);
    }
}
