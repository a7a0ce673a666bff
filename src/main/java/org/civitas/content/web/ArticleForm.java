package org.civitas.content.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.platform.Forms;
import org.civitas.platform.RichText;
import org.civitas.site.ContentLanguage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The article editor's fields as posted. Times are typed in China time ({@code datetime-local});
 * tags are one text separated by commas or 、. Boxed types, so that a missing field binds as empty
 * instead of failing the whole form.
 */
public record ArticleForm(
        String title,
        String subtitle,
        String summary,
        String bodyHtml,
        Long coverBlobId,
        List<Long> attachmentBlobIds,
        String source,
        String author,
        String tags,
        Boolean pinned,
        Integer sortOrder,
        String externalUrl,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime withdrawAt,
        String documentNumber,
        String issuingAuthority,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate writtenDate,
        String subjectCategory,
        String validity,
        Long version,
        ContentLanguage language) {

    /** The zone console users type times in. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ArticleForm empty() {
        return new ArticleForm(
                null, null, null, null, null, List.of(), null, null, null, false, 0, null, null, null, null, null, null,
                null, null, 0L, null);
    }

    static ArticleForm of(ArticleView a) {
        var d = a.disclosure();
        return new ArticleForm(
                a.title(),
                a.subtitle(),
                a.summary(),
                a.bodyHtml(),
                a.coverBlobId(),
                a.attachments().stream().map(at -> at.blobId()).toList(),
                a.source(),
                a.author(),
                String.join(", ", a.tags()),
                a.pinned(),
                a.sortOrder(),
                a.externalUrl(),
                local(a.publishAt()),
                local(a.withdrawAt()),
                d == null ? null : d.documentNumber(),
                d == null ? null : d.issuingAuthority(),
                d == null ? null : d.writtenDate(),
                d == null ? null : d.subjectCategory(),
                d == null ? null : d.validity(),
                a.version(),
                a.language());
    }

    ArticleDraft draft() {
        return new ArticleDraft(
                title,
                subtitle,
                summary,
                bodyHtml,
                coverBlobId,
                attachmentBlobIds == null
                        ? List.of()
                        : attachmentBlobIds.stream().filter(id -> id != null).toList(),
                source,
                author,
                tags == null ? List.of() : Arrays.asList(tags.split("[,，、]")),
                Boolean.TRUE.equals(pinned),
                sortOrder == null ? 0 : sortOrder,
                externalUrl,
                instant(publishAt),
                instant(withdrawAt),
                new ArticleDraft.Disclosure(documentNumber, issuingAuthority, writtenDate, subjectCategory, validity),
                language);
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZONE);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(ZONE).toInstant();
    }

    /**
     * Marks every required field left empty (the title; the body unless the article links elsewhere), so that
     * an empty submit names them all; the rules that follow refuse one thing at a time.
     */
    void requireFilled(BindingResult result) {
        Forms.required(result, "title", title, "content.title.required");
        boolean linked = externalUrl != null && !externalUrl.isBlank();
        boolean empty = bodyHtml == null
                || RichText.toPlainText(RichText.clean(bodyHtml)).isBlank() && !bodyHtml.contains("<img");
        if (!linked && empty) {
            Forms.required(result, "bodyHtml", null, "content.body.required");
        }
    }
}
