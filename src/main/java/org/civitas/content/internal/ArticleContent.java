package org.civitas.content.internal;

import java.time.Instant;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.site.ContentLanguage;

/** An {@link ArticleDraft} after validation: trimmed plain text, sanitized body, attachments resolved. */
record ArticleContent(
        String title,
        String subtitle,
        String summary,
        String body,
        Long coverBlobId,
        List<Attachment> attachments,
        String source,
        String author,
        List<String> tags,
        boolean pinned,
        int sortOrder,
        String externalUrl,
        Instant publishAt,
        Instant withdrawAt,
        ArticleDraft.Disclosure disclosure,
        ContentLanguage language) {

    /** The non-body fields as readable lines, kept with each version for the diff. */
    String fieldLines() {
        StringBuilder lines = new StringBuilder();
        line(lines, "subtitle", subtitle);
        line(lines, "summary", summary);
        line(lines, "cover", coverBlobId);
        for (Attachment a : attachments) {
            line(lines, "attachment", a.fileName() + " (" + a.blobId() + ")");
        }
        line(lines, "source", source);
        line(lines, "author", author);
        line(lines, "tags", tags.isEmpty() ? null : String.join(", ", tags));
        line(lines, "pinned", pinned ? "yes" : null);
        line(lines, "sortOrder", sortOrder == 0 ? null : sortOrder);
        line(lines, "externalUrl", externalUrl);
        line(lines, "publishAt", publishAt);
        line(lines, "withdrawAt", withdrawAt);
        line(lines, "language", language);
        if (disclosure != null) {
            line(lines, "documentNumber", disclosure.documentNumber());
            line(lines, "issuingAuthority", disclosure.issuingAuthority());
            line(lines, "writtenDate", disclosure.writtenDate());
            line(lines, "subjectCategory", disclosure.subjectCategory());
            line(lines, "validity", disclosure.validity());
        }
        return lines.toString();
    }

    private static void line(StringBuilder lines, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.append(name).append(": ").append(value).append('\n');
        }
    }
}
