package org.civitas.journal.web;

import java.nio.charset.StandardCharsets;
import org.civitas.journal.ExportedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An exported file as an attachment with its (Chinese) file name. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> attachment(ExportedFile file) {
        return send(file, ContentDisposition.attachment());
    }

    /** The file shown in the browser's own viewer (a PDF preview), still with its name for saving. */
    static ResponseEntity<byte[]> inline(ExportedFile file) {
        return send(file, ContentDisposition.inline());
    }

    private static ResponseEntity<byte[]> send(ExportedFile file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
