package org.civitas.journal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.journal.EditionDownloaded;
import org.civitas.journal.EditionExports;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionView;
import org.civitas.journal.ExportedFile;
import org.civitas.journal.JournalView;
import org.civitas.platform.AuditSummary;
import org.civitas.storage.trusted.BlobReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultEditionExports implements EditionExports {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Logger log = LoggerFactory.getLogger(DefaultEditionExports.class);

    private final EditionService editions;
    private final Journals journals;
    private final SecurityLabels labels;
    private final EditionPdf pdf;
    private final EditionDocx docx;
    private final PictureReferences pictures;
    private final BlobReader blobs;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultEditionExports(
            EditionService editions,
            Journals journals,
            SecurityLabels labels,
            EditionPdf pdf,
            EditionDocx docx,
            PictureReferences pictures,
            BlobReader blobs,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editions = editions;
        this.journals = journals;
        this.labels = labels;
        this.pdf = pdf;
        this.docx = docx;
        this.pictures = pictures;
        this.blobs = blobs;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()") // the edition service's visibility decides who may read it
    public ExportedFile pdf(long editionId) {
        CivitasUser reader = access.requireUser();
        long started = System.nanoTime();
        // the file is made before the audit event is published, so the audit chain's lock is held only briefly
        EditionDocument document = document(editionId, watermark(reader));
        byte[] content = pdf.render(document);
        log.debug(
                "Edition {} rendered to PDF ({} items, {} bytes) in {} ms",
                editionId,
                document.edition().itemCount(),
                content.length,
                (System.nanoTime() - started) / 1_000_000);
        return downloaded(document, "pdf", PDF, content, reader);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('journal:compile', 'journal:read')")
    public ExportedFile docx(long editionId) {
        CivitasUser reader = access.requireUser();
        EditionDocument document = document(editionId, null);
        return downloaded(document, "docx", DOCX, docx.render(document), reader);
    }

    /** The edition as the current user may see it (not found otherwise) with its journal. */
    EditionDocument document(long editionId, String watermark) {
        EditionView edition = editions.get(editionId);
        // the edition's visibility decided: its journal is read here, not through the journal service (whose
        // readers hold journal permissions, which the edition's sign-off reviewer may not)
        JournalView journal =
                journals.findById(edition.journalId()).orElseThrow().view();
        String labelName =
                labels.find(edition.securityLabel()).map(SecurityLabel::nameZh).orElse(edition.securityLabel());
        return new EditionDocument(journal, edition, labelName, watermark, new ExportPictures(pictures, blobs));
    }

    private String watermark(CivitasUser reader) {
        return reader.displayName() + "（" + reader.getUsername() + "） "
                + WATERMARK_TIME.format(LocalDateTime.now(clock));
    }

    private ExportedFile downloaded(
            EditionDocument document, String format, String contentType, byte[] content, CivitasUser reader) {
        EditionView edition = document.edition();
        events.publishEvent(new EditionDownloaded(
                edition.id(),
                edition.journalId(),
                format,
                AuditSummary.of("EditionDownloaded", edition.id(), format, reader.getUsername())));
        return new ExportedFile(filename(document, format), contentType, content);
    }

    static String filename(EditionDocument document, String format) {
        String number = document.edition().numberText() == null
                ? "draft-" + document.edition().id()
                : document.edition().numberText();
        return (document.journal().name() + "-" + number).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + format;
    }
}
