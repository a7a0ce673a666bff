package org.civitas.storage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobQuotaExceededException;
import org.civitas.storage.BlobTooLargeException;
import org.civitas.storage.BlobTypeRefusedException;
import org.civitas.storage.UploadTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Upload and download of blobs over HTTP; both directions stream, whatever the size. */
@RestController
@RequestMapping(BlobController.PATH)
@Tag(name = "Blobs", description = "Files of any size, stored once per content")
class BlobController {

    static final String PATH = "/api/v1/blobs";

    private final UploadReceiver uploads;
    private final DownloadSender downloads;
    private final MessageSource messages;
    private final UploadTypes uploadTypes;

    BlobController(UploadReceiver uploads, DownloadSender downloads, MessageSource messages, UploadTypes uploadTypes) {
        this.uploadTypes = uploadTypes;
        this.uploads = uploads;
        this.downloads = downloads;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary = "Upload a file",
            description = "The raw body with its Content-Type and the name in X-Filename (percent-encoded UTF-8) "
                    + "or Content-Disposition; or multipart/form-data, whose first file part is stored (send the "
                    + "CSRF token as a header or query parameter). Answers 413 above the size limit or the "
                    + "uploader's quota, 415 when the type is not on the allow-list or the content is not what the name "
                    + "says (checked by content: a program or random bytes named as a picture), listing the allowed "
                    + "extensions, and 422 when X-Content-SHA256 does not match; nothing is kept in any of these cases. "
                    + "An upload that no record carries expires (civitas.storage.unattached-ttl).",
            parameters = {
                @Parameter(in = ParameterIn.HEADER, name = UploadReceiver.FILENAME_HEADER),
                @Parameter(in = ParameterIn.HEADER, name = UploadReceiver.CHECKSUM_HEADER)
            },
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "application/octet-stream",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "multipart/form-data",
                                        schema = @Schema(type = "object", requiredProperties = "file"),
                                        schemaProperties =
                                                @SchemaProperty(
                                                        name = "file",
                                                        schema = @Schema(type = "string", format = "binary")))
                            }))
    ResponseEntity<BlobInfo> upload(HttpServletRequest request) throws IOException {
        BlobInfo stored = uploads.receive(request);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(PATH + "/{id}")
                .buildAndExpand(stored.id())
                .toUri();
        return ResponseEntity.created(location).body(stored);
    }

    @GetMapping("/types")
    @Operation(
            summary = "Allowed upload types",
            description = "The file extensions an upload may have; its content must be of the type the extension says.")
    java.util.Map<String, List<String>> types() {
        return java.util.Map.of("allowed", uploadTypes.allowed());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Download a file",
            description = "For its uploader until a record carries it, then for whoever may read a record carrying it "
                    + "(404 for anyone else). Each download is audited. Supports single byte ranges (206, "
                    + "416), If-Range and If-None-Match; the ETag is the SHA-256.")
    void download(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.send(id, request, response);
    }

    @ExceptionHandler(BlobTooLargeException.class)
    ProblemDetail tooLarge(BlobTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, e.messageKey(), e.arguments());
        problem.setProperty("code", e.messageKey());
        problem.setProperty("maxBytes", e.maxBytes());
        return problem;
    }

    @ExceptionHandler(BlobQuotaExceededException.class)
    ProblemDetail overQuota(BlobQuotaExceededException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, e.messageKey(), e.arguments());
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    @ExceptionHandler(BlobTypeRefusedException.class)
    ProblemDetail typeRefused(BlobTypeRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.messageKey(), e.arguments());
        problem.setProperty("code", e.messageKey());
        problem.setProperty("allowed", e.allowed());
        return problem;
    }

    @ExceptionHandler(FileUploadException.class)
    ProblemDetail malformed(FileUploadException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "storage.error.malformedUpload");
        problem.setProperty("code", "storage.error.malformedUpload");
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... arguments) {
        return ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }
}
