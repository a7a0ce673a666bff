package org.civitas.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.identity.AccessControl;
import org.civitas.journal.EditionForwarded;
import org.civitas.journal.EditionView;
import org.civitas.journal.ExportedFile;
import org.civitas.journal.ForwardMethod;
import org.civitas.journal.ForwardService;
import org.civitas.journal.ForwardView;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class EditionForwarding implements ForwardService {

    private final PdfDocxEditionExporter exports;
    private final EditionPdf pdf;
    private final EditionDocx docx;
    private final EditionForwards forwards;
    private final Editions editions;
    private final EditionVisibility visibility;
    private final JournalService journals;
    private final AccessControl access;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditionForwarding(
            PdfDocxEditionExporter exports,
            EditionPdf pdf,
            EditionDocx docx,
            EditionForwards forwards,
            Editions editions,
            EditionVisibility visibility,
            JournalService journals,
            AccessControl access,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.exports = exports;
        this.pdf = pdf;
        this.docx = docx;
        this.forwards = forwards;
        this.editions = editions;
        this.visibility = visibility;
        this.journals = journals;
        this.access = access;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public Forwarded forward(long editionId, String recipient, ForwardMethod method, String note) {
        String to = recipient == null ? "" : recipient.strip();
        if (to.isEmpty() || to.length() > 200) {
            throw DomainException.onField("recipient", "journal.forward.recipient.invalid", 200);
        }
        if (method == null) {
            throw DomainException.onField("method", "journal.forward.method.required");
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > 500) {
            throw DomainException.onField("note", "journal.forward.note.tooLong", 500);
        }
        // the copy sent up carries no reader's watermark: it is the office's own copy of record
        EditionDocument document = exports.document(editionId, null);
        EditionView edition = document.edition();
        if (!edition.state().numbered()) {
            throw new DomainException("journal.forward.notSignedOff");
        }
        String username = access.requireUser().getUsername();
        Instant now = clock.instant();
        String base = PdfDocxEditionExporter.filename(document, "zip");
        String stem = base.substring(0, base.length() - 4);
        byte[] zip = zip(stem, document, manifest(document, to, method, remark, username, now));
        String sha256 = sha256(zip);
        EditionForward record = forwards.saveAndFlush(
                new EditionForward(edition.id(), to, method, remark, base, sha256, zip.length, username, now));
        events.publishEvent(new EditionForwarded(edition.id(), record.id(), to, method, sha256));
        return new Forwarded(
                record.view(edition.journalName(), edition.numberText()),
                new ExportedFile(base, "application/zip", zip));
    }

    @Override
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public List<ForwardView> list() {
        Map<Long, Edition> visible = new LinkedHashMap<>();
        editions.findAll(visibility.visible(null)).forEach(e -> visible.put(e.id(), e));
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, JournalView> byJournal = new LinkedHashMap<>();
        journals.list().forEach(j -> byJournal.put(j.id(), j));
        return forwards.findByEditionIdInOrderByForwardedAtDescIdDesc(visible.keySet()).stream()
                .map(f -> {
                    Edition e = visible.get(f.editionId());
                    JournalView j = byJournal.get(e.journalId());
                    return f.view(
                            j.name(),
                            e.number() == null ? null : j.formatNumber(e.year(), e.number(), e.totalNumber()));
                })
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public List<ForwardView> ofEdition(long editionId) {
        EditionDocument document = exports.document(editionId, null);
        return forwards.findByEditionIdOrderByForwardedAtDescIdDesc(editionId).stream()
                .map(f -> f.view(document.journal().name(), document.edition().numberText()))
                .toList();
    }

    private byte[] manifest(
            EditionDocument document, String recipient, ForwardMethod method, String note, String by, Instant at) {
        EditionView e = document.edition();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("journal", document.journal().name());
        manifest.put("journalCode", document.journal().code());
        manifest.put("issuingOffice", document.journal().issuingOffice());
        manifest.put("edition", e.numberText());
        manifest.put("year", e.year());
        manifest.put("number", e.number());
        manifest.put("totalNumber", e.totalNumber());
        manifest.put("issueDate", String.valueOf(e.issueDate()));
        manifest.put("securityLabel", e.securityLabel());
        manifest.put("recipient", recipient);
        manifest.put("method", method.name());
        manifest.put("note", note);
        manifest.put("forwardedBy", by);
        manifest.put("forwardedAt", at.toString());
        manifest.put(
                "items",
                e.sections().stream()
                        .flatMap(s -> s.items().stream().map(i -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("section", s.title());
                            item.put("title", i.title());
                            item.put("credits", i.credits());
                            item.put("source", i.sourceType() == null ? null : i.sourceType() + ":" + i.sourceId());
                            return item;
                        }))
                        .toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    private byte[] zip(String stem, EditionDocument document, byte[] manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, stem + ".pdf", pdf.render(document));
            entry(zip, stem + ".docx", docx.render(document));
            entry(zip, "manifest.json", manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
