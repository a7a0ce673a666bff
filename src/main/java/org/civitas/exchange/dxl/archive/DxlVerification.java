package org.civitas.exchange.dxl.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civitas.exchange.dxl.DxlDocument;
import org.civitas.exchange.dxl.DxlFile;
import org.civitas.exchange.dxl.DxlReader;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.trusted.BlobChecksums;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Re-reads exports and compares them with what an import stored: the note (identity, times, attributes), every item
 * with its flags and values, and every file by size and SHA-256, both as recorded and as the blob store's file now
 * is. Changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class DxlVerification {

    /** How many differences a result lists; {@link Result#differenceCount} says how many there were. */
    static final int LISTED = 200;

    /**
     * @param differences each one as a message key of the command line's texts and its arguments
     */
    public record Result(int documents, int files, int differenceCount, List<ImportReport.Warning> differences) {
        public boolean lossless() {
            return differenceCount == 0;
        }
    }

    private final LegacyDocuments documents;
    private final BlobReader blobs;
    private final BlobChecksums checksums;

    DxlVerification(LegacyDocuments documents, BlobReader blobs, BlobChecksums checksums) {
        this.documents = documents;
        this.blobs = blobs;
        this.checksums = checksums;
    }

    public Result verify(List<Path> files) {
        int[] counts = {0, 0, 0};
        List<ImportReport.Warning> differences = new ArrayList<>();
        for (Path file : files) {
            DxlImport.read(file, new DxlReader(null), document -> {
                counts[0]++;
                counts[1] += document.files().size();
                compare(document, (key, args) -> {
                    counts[2]++;
                    if (differences.size() < LISTED) {
                        differences.add(new ImportReport.Warning(key, List.of(args)));
                    }
                });
            });
        }
        return new Result(counts[0], counts[1], counts[2], differences);
    }

    private interface Differences {
        void add(String key, Object... arguments);
    }

    private void compare(DxlDocument document, Differences differences) {
        String unid = document.noteInfo().unid();
        var stored = documents.find(unid);
        if (stored.isEmpty()) {
            differences.add("verify.missing", unid, String.valueOf(document.form()));
            return;
        }
        JsonNode note = LegacyConversion.JSON.readTree(LegacyConversion.noteJson(document));
        if (!note.equals(LegacyConversion.JSON.readTree(stored.get().noteJson()))) {
            differences.add("verify.note", unid);
        }
        JsonNode items = LegacyConversion.JSON.readTree(LegacyConversion.itemsJson(document));
        JsonNode storedItems = LegacyConversion.JSON.readTree(stored.get().itemsJson());
        for (int i = 0; i < Math.max(items.size(), storedItems.size()); i++) {
            JsonNode read = items.get(i);
            JsonNode kept = storedItems.get(i);
            if (!Objects.equals(read, kept)) {
                String name = (read != null ? read : kept).path("name").asString();
                differences.add("verify.item", unid, name);
            }
        }
        List<LegacyDocuments.Attachment> kept =
                documents.attachments(stored.get().id());
        for (int i = 0; i < document.files().size(); i++) {
            DxlFile file = document.files().get(i);
            LegacyDocuments.Attachment attachment = i < kept.size() ? kept.get(i) : null;
            if (attachment == null
                    || attachment.size() != file.size()
                    || !attachment.sha256().equals(file.sha256())) {
                differences.add("verify.file", unid, file.fileName());
                continue;
            }
            BlobInfo blob = blobs.find(attachment.blobId()).orElse(null);
            if (blob == null || !blob.sha256().equals(file.sha256()) || !checksums.verify(attachment.blobId())) {
                differences.add("verify.blob", unid, file.fileName(), attachment.blobId());
            }
        }
        if (kept.size() > document.files().size()) {
            differences.add(
                    "verify.extra-files", unid, kept.size() - document.files().size());
        }
    }
}
