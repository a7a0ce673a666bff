package org.civitas.exchange.dxl.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.civitas.exchange.LegacyDocumentsImported;
import org.civitas.exchange.dxl.DxlDocument;
import org.civitas.exchange.dxl.DxlFile;
import org.civitas.exchange.dxl.DxlProblem;
import org.civitas.exchange.dxl.DxlReader;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DomainException;
import org.civitas.storage.trusted.VerbatimBlobImport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Notes exports as legacy documents. Every file is read whole first, without writing anything, so that a
 * broken export is refused before anything is kept; then the documents are written in batches, each one
 * transaction, upserted by UNID and skipped when their sequence and modified time are those already stored. So a
 * repeated import changes nothing, and an import that was killed, started again, re-reads what it had done, skips
 * it and finishes the rest. Runs as the operator (trusted ports only).
 */
@Service
public class DxlImport {

    /**
     * @param batchSize documents per transaction
     * @param stopAfter for tests of resumption: fail like a killed process once this many documents were written
     *     (0: never)
     */
    public record Options(int batchSize, int stopAfter) {
        public static Options standard() {
            return new Options(200, 0);
        }
    }

    private final LegacyDocuments documents;
    private final VerbatimBlobImport blobs;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DxlImport(
            LegacyDocuments documents,
            VerbatimBlobImport blobs,
            UserDirectory users,
            OrganisationDirectory organisations,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.blobs = blobs;
        this.users = users;
        this.organisations = organisations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param progress told the number of documents done so far, after each batch
     * @throws DomainException when a file cannot be read or is not DXL (nothing is written then)
     */
    public ImportReport run(List<Path> files, FormMapping mapping, Options options, IntConsumer progress) {
        ImportReport report = new ImportReport();
        for (Path file : files) {
            check(file);
        }
        Path temp = temporaryDirectory();
        try {
            var writing = new Writing(mapping, options, report, progress);
            for (Path file : files) {
                writing.file(file, temp);
                report.files++;
            }
        } finally {
            deleteQuietly(temp);
        }
        for (Map.Entry<String, Integer> target : report.targets.entrySet()) {
            if (!target.getKey().equals("archive")) {
                report.warn("dxl.target.pending", target.getKey(), target.getValue());
            }
        }
        return report;
    }

    /** Reads the whole export, decoding and hashing its files but keeping nothing. */
    static void check(Path file) {
        read(file, new DxlReader(null), d -> {});
    }

    static void read(Path file, DxlReader reader, DxlReader.Listener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, listener);
        } catch (DxlProblem p) {
            throw new DomainException("dxl.invalid", file, p.line(), p.column(), p.reason());
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("dxl.unreadable", file, e.getMessage());
        }
    }

    /** One run's writing: the batch at hand, the counts, the names matched so far. */
    private final class Writing {
        private final FormMapping mapping;
        private final Options options;
        private final ImportReport report;
        private final IntConsumer progress;
        private final NameMatching names;
        private final List<DxlDocument> batch = new ArrayList<>();
        private int written;

        Writing(FormMapping mapping, Options options, ImportReport report, IntConsumer progress) {
            this.mapping = mapping;
            this.options = options;
            this.report = report;
            this.progress = progress;
            this.names = new NameMatching(users, organisations);
        }

        void file(Path file, Path temp) {
            String source = file.toAbsolutePath().normalize().toString();
            read(file, new DxlReader(temp), new DxlReader.Listener() {
                @Override
                public void document(DxlDocument document) {
                    batch.add(document);
                    if (batch.size() >= options.batchSize()) {
                        flush(source);
                    }
                }

                @Override
                public void designNote(String element, int line) {
                    report.count(report.designNotes, element);
                }

                @Override
                public void aclEntry(Map<String, String> attributes) {
                    report.aclEntries++;
                }
            });
            flush(source);
        }

        private void flush(String source) {
            if (batch.isEmpty()) {
                return;
            }
            String actor =
                    SecurityContextHolder.getContext().getAuthentication().getName();
            var conversion = new LegacyConversion(mapping, names, report);
            try {
                transactions.executeWithoutResult(status -> {
                    int created = 0;
                    int updated = 0;
                    for (DxlDocument document : batch) {
                        if (options.stopAfter() > 0 && written >= options.stopAfter()) {
                            throw new IllegalStateException("stopped after " + written + " documents, as asked");
                        }
                        var stored = documents.find(document.noteInfo().unid());
                        conversion.count(document);
                        if (stored.isPresent() && sameVersion(stored.get(), document)) {
                            if (sameContent(stored.get(), document)) {
                                report.unchanged++;
                                continue;
                            }
                            // two different notes claim one UNID and version (hand-made or copied exports)
                            report.warn(
                                    "dxl.same-version-differs",
                                    document.noteInfo().unid(),
                                    source);
                        }
                        List<LegacyDocuments.Attachment> files = store(document);
                        long id = documents.upsert(conversion.row(document, files, source, actor, clock.instant()));
                        documents.replaceAttachments(id, files);
                        if (stored.isPresent()) {
                            updated++;
                        } else {
                            created++;
                        }
                        written++;
                    }
                    report.created += created;
                    report.updated += updated;
                    if (created + updated > 0) {
                        events.publishEvent(new LegacyDocumentsImported(source, created, updated));
                    }
                });
            } finally {
                batch.forEach(DxlImport::deleteFiles);
            }
            report.documents += batch.size();
            batch.clear();
            progress.accept(report.documents);
        }

        private boolean sameVersion(LegacyDocuments.Stored stored, DxlDocument document) {
            return Objects.equals(stored.sequence(), document.noteInfo().sequence())
                    && Objects.equals(stored.modified(), document.noteInfo().modified());
        }

        private boolean sameContent(LegacyDocuments.Stored stored, DxlDocument document) {
            return stored.itemsJson().equals(LegacyConversion.itemsJson(document))
                    && stored.noteJson().equals(LegacyConversion.noteJson(document))
                    && documents.attachments(stored.id()).stream()
                            .map(LegacyDocuments.Attachment::sha256)
                            .toList()
                            .equals(document.files().stream()
                                    .map(DxlFile::sha256)
                                    .toList());
        }

        private List<LegacyDocuments.Attachment> store(DxlDocument document) {
            List<LegacyDocuments.Attachment> stored = new ArrayList<>();
            for (int i = 0; i < document.files().size(); i++) {
                DxlFile file = document.files().get(i);
                long blobId;
                try (InputStream in = Files.newInputStream(file.content())) {
                    blobId = blobs.storeVerbatim(in, file.fileName(), contentType(file.fileName()), file.sha256())
                            .id();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stored.add(new LegacyDocuments.Attachment(
                        i,
                        file.kind(),
                        file.itemName(),
                        file.fileName(),
                        file.size(),
                        file.sha256(),
                        blobId,
                        file.created(),
                        file.modified()));
            }
            return stored;
        }
    }

    private static String contentType(String fileName) {
        return org.springframework.http.MediaTypeFactory.getMediaType(fileName)
                .map(Object::toString)
                .orElse("application/octet-stream");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("civitas-dxl-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFiles(DxlDocument document) {
        for (DxlFile file : document.files()) {
            if (file.content() != null) {
                try {
                    Files.deleteIfExists(file.content());
                } catch (IOException e) {
                    // the whole temporary directory goes at the end of the run
                }
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
