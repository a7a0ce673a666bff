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
import org.civitas.platform.TextInput;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.ReadableBlob;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises what an editor wrote. Titles and other short fields are plain text: they are
 * stored as typed and escaped where shown, and control characters (which no keyboard produces and
 * which can hide text from reviewers) are refused. The body goes through the rich-text allow-list.
 *
 * <p>An article is public content, so each file it names (cover, attachment, picture in the body) must be one the
 * editor may read and may make public ({@link ReadableBlob#publishable()}): their own upload that no record carries
 * yet, or a file of an article they may read. A desk or edition file, or one of a record labelled above PUBLIC,
 * is refused by name, so that an article can never become the way such a file reaches a public site.
 */
@Component
class ArticleValidator {

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

    /** Pictures the rich-text editor inserted, at the storage module's download address. */
    private static final Pattern BODY_PICTURE = Pattern.compile("/api/v1/blobs/(\\d{1,18})(?![\\d/])");

    private final BlobAccess access;
    private final BlobReader trusted;

    ArticleValidator(BlobAccess access, BlobReader trusted) {
        this.access = access;
        this.trusted = trusted;
    }

    /** How a file named by a draft is found: as the current user may use it, or (for operators) as it exists. */
    private interface Files {
        BlobInfo usable(String field, long blobId);
    }

    /**
     * The validated content.
     *
     * @param disclosureChannel whether the article's channel is a disclosure channel (only then disclosure fields are kept)
     */
    ArticleContent check(ArticleDraft draft, boolean disclosureChannel) {
        return check(draft, disclosureChannel, this::publishable);
    }

    /**
     * The validated content of an operator's run (command line import, demo data): the operator is trusted with
     * every stored file, so a file named only has to exist.
     */
    ArticleContent checkAsOperator(ArticleDraft draft, boolean disclosureChannel) {
        return check(
                draft,
                disclosureChannel,
                (field, id) -> trusted.find(id)
                        .orElseThrow(() -> DomainException.onField(field, "content.blob.unknown", Long.toString(id))));
    }

    private ArticleContent check(ArticleDraft draft, boolean disclosureChannel, Files files) {
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
        var pictures = BODY_PICTURE.matcher(body);
        while (pictures.find()) {
            files.usable("bodyHtml", Long.parseLong(pictures.group(1)));
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
                cover(draft.coverBlobId(), files),
                attachments(draft.attachmentBlobIds(), files),
                line("source", draft.source(), 100),
                line("author", draft.author(), 100),
                tags(draft.tags()),
                draft.pinned(),
                draft.sortOrder(),
                externalUrl,
                seconds(draft.publishAt()),
                seconds(draft.withdrawAt()),
                disclosureChannel ? disclosure(draft.disclosure()) : null,
                draft.language());
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
        return TextInput.optional(text, field, max);
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

    private static Long cover(Long blobId, Files files) {
        if (blobId == null) {
            return null;
        }
        BlobInfo blob = files.usable("coverBlobId", blobId);
        if (!blob.contentType().startsWith("image/")) {
            throw DomainException.onField("coverBlobId", "content.cover.notImage", blob.filename());
        }
        return blobId;
    }

    private static List<Attachment> attachments(List<Long> blobIds, Files files) {
        if (blobIds.size() > ATTACHMENTS_MAX) {
            throw DomainException.onField("attachmentBlobIds", "content.attachments.tooMany", ATTACHMENTS_MAX);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(blobIds)) {
            if (id == null) {
                throw DomainException.onField("attachmentBlobIds", "content.blob.unknown", "null");
            }
            BlobInfo blob = files.usable("attachmentBlobIds", id);
            attachments.add(new Attachment(blob.id(), blob.filename(), blob.contentType(), blob.size()));
        }
        return attachments;
    }

    /** A file the current user may read and may put on a public page; refused by name otherwise. */
    private BlobInfo publishable(String field, long id) {
        ReadableBlob blob = access.readable(id).orElse(null);
        if (blob == null) {
            access.refused(BlobAccess.ATTACH);
            throw DomainException.onField(field, "content.blob.unknown", Long.toString(id)); // not "1,234"
        }
        if (!blob.publishable()) {
            access.refused(BlobAccess.ATTACH);
            throw DomainException.onField(
                    field, "content.blob.notPublic", blob.blob().filename());
        }
        return blob.blob();
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
