package org.civitas.reporting.web.submission;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.SubmissionFileAccess;
import org.civitas.reporting.SubmissionFileAccess.WordImport;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobResponder;
import org.civitas.storage.ReadableBlob;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submissions' files: a Word document read into a body (for the console's form and for units'
 * systems), and the download of a submission's pictures and attachments for those who may read it (each one
 * audited, each refusal too).
 */
@RestController
@Tag(name = "Submissions")
class SubmissionFileController {

    /** Raster pictures a browser may show inline; anything else is a download. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp");

    private final SubmissionFileAccess files;
    private final AccessControl access;
    private final BlobAccess blobAccess;

    SubmissionFileController(SubmissionFileAccess files, AccessControl access, BlobAccess blobAccess) {
        this.files = files;
        this.access = access;
        this.blobAccess = blobAccess;
    }

    @PostMapping("/api/v1/submissions/word")
    @Operation(
            summary = "Read a Word document into a submission body",
            description = "The raw .docx as the request body (at most 20 MB by default). Answers the title (the "
                    + "document's title or first heading), the sanitized body with its pictures stored as blobs, and "
                    + "how many pictures were left out because browsers cannot show them (EMF, WMF). An empty, "
                    + "oversized, non-.docx or corrupted file answers 422 and stores nothing. Needs reporting:submit "
                    + "and storage:upload; from the console send the CSRF token as a header.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType =
                                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                            schema = @Schema(type = "string", format = "binary"))))
    WordImport importWord(HttpServletRequest request) throws IOException {
        access.requireAny(SUBMIT);
        try (InputStream body = request.getInputStream()) {
            return files.importWord(body);
        }
    }

    @GetMapping(SubmissionFileAccess.PATH + "{blobId}")
    ResponseEntity<Resource> download(@PathVariable long blobId) {
        access.requireAny(SUBMIT, SIGNOFF, EDIT);
        ReadableBlob readable = blobAccess.readable(blobId).orElse(null);
        if (readable == null) {
            blobAccess.refused(BlobAccess.READ);
            throw new NotFoundException("Blob", blobId);
        }
        BlobInfo blob = readable.blob();
        blobAccess.downloaded(blob, readable.record());
        boolean inline = INLINE.contains(blob.contentType().toLowerCase(Locale.ROOT));
        return BlobResponder.of(
                blob, () -> files.open(blob), inline, CacheControl.noCache().cachePrivate());
    }
}
