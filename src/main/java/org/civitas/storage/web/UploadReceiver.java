package org.civitas.storage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.BlobTooLargeException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;

/**
 * Reads an upload from the request body as a stream: either the raw body (its {@code Content-Type},
 * the name from {@code X-Filename} or {@code Content-Disposition}) or the first file of a
 * {@code multipart/form-data} body, parsed part by part without spooling.
 */
@Component
class UploadReceiver {

    static final String CHECKSUM_HEADER = "X-Content-SHA256";
    static final String FILENAME_HEADER = "X-Filename";

    private final BlobStore blobs;

    UploadReceiver(BlobStore blobs) {
        this.blobs = blobs;
    }

    BlobInfo receive(HttpServletRequest request) throws IOException {
        HttpServletRequest original = original(request);
        String checksum = request.getHeader(CHECKSUM_HEADER);
        if (StreamedUploadRequest.isMultipart(original.getContentType())) {
            return receiveMultipart(original, checksum);
        }
        long maxBytes = blobs.maxUploadBytes();
        long declared = original.getContentLengthLong();
        if (declared > maxBytes) {
            // refused before reading a byte of it
            throw new BlobTooLargeException(maxBytes);
        }
        InputStream body = declared >= 0
                ? new DeclaredLengthInputStream(original.getInputStream(), declared)
                : original.getInputStream();
        try {
            return blobs.store(body, filename(original), original.getContentType(), checksum);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof DeclaredLengthInputStream.IncompleteUploadException incomplete) {
                throw new DomainException("storage.error.incomplete", incomplete.received(), incomplete.declared());
            }
            throw e;
        }
    }

    private BlobInfo receiveMultipart(HttpServletRequest request, String checksum) throws IOException {
        var upload = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>();
        // browsers send file names as raw UTF-8 in the part headers
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        FileItemInputIterator items = upload.getItemIterator(request);
        while (items.hasNext()) {
            FileItemInput item = items.next();
            if (item.isFormField() || item.getName() == null || item.getName().isEmpty()) {
                continue;
            }
            try (InputStream content = item.getInputStream()) {
                return blobs.store(content, item.getName(), item.getContentType(), checksum);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof FileUploadException malformed) {
                    throw malformed;
                }
                throw e;
            }
        }
        throw new DomainException("storage.error.noFile");
    }

    /** The request as the container sees it, multipart content type and all. */
    private static HttpServletRequest original(HttpServletRequest request) {
        StreamedUploadRequest streamed = WebUtils.getNativeRequest(request, StreamedUploadRequest.class);
        return streamed != null ? (HttpServletRequest) streamed.getRequest() : request;
    }

    /** {@code X-Filename} (percent-encoded UTF-8, or raw UTF-8) or the name in {@code Content-Disposition}. */
    static String filename(HttpServletRequest request) {
        String header = request.getHeader(FILENAME_HEADER);
        if (header != null) {
            String text = utf8Reread(header);
            try {
                return UriUtils.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
        String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            try {
                return ContentDisposition.parse(disposition).getFilename();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Servlet containers decode header bytes as ISO-8859-1; a client that sent raw UTF-8 (as curl
     * does with a Chinese name typed on the command line) gets its text back here.
     */
    private static String utf8Reread(String header) {
        boolean latin1Only = header.chars().allMatch(c -> c <= 0xFF);
        boolean high = header.chars().anyMatch(c -> c >= 0x80);
        if (!latin1Only || !high) {
            return header;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return header;
        }
    }
}
