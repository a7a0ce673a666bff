package org.civitas.storage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.ReadableBlob;
import org.civitas.storage.trusted.BlobReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Streams a blob to the response, to whoever may read it ({@link BlobAccess}; anyone else gets 404, as for a
 * blob that does not exist), auditing each download that sends content. The strong ETag is its SHA-256, single byte ranges give 206
 * (416 when unsatisfiable), and the content is always an attachment in a sandbox, so uploaded HTML
 * or SVG never runs as this site's page.
 */
@Component
class DownloadSender {

    private static final Logger log = LoggerFactory.getLogger(DownloadSender.class);

    private final BlobAccess access;
    private final BlobReader blobs;

    DownloadSender(BlobAccess access, BlobReader blobs) {
        this.access = access;
        this.blobs = blobs;
    }

    void send(long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReadableBlob readable = access.readable(id).orElse(null);
        if (readable == null) {
            access.refused(BlobAccess.READ);
            throw new NotFoundException("Blob", id);
        }
        BlobInfo blob = readable.blob();
        String etag = "\"" + blob.sha256() + "\"";
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        ByteRange range = ByteRange.select(
                request.getHeader(HttpHeaders.RANGE), request.getHeader(HttpHeaders.IF_RANGE), etag, blob.size());
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + blob.size());
            response.setContentLength(0);
            return;
        }
        response.setContentType(blob.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(blob.filename()));
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (range.kind() == ByteRange.Kind.PARTIAL) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(
                    HttpHeaders.CONTENT_RANGE, "bytes " + range.start() + "-" + range.end() + "/" + blob.size());
        }
        response.setContentLengthLong(range.length());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        access.downloaded(blob, readable.record());
        try (InputStream in = blobs.open(id, range.start(), range.length())) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            if (!DisconnectedClientHelper.isClientDisconnectedException(e)) {
                throw e;
            }
            // players and download managers routinely hang up mid-range; nothing went wrong here
            log.debug("Client left during the download of blob {}", id);
        }
    }

    /** {@code attachment} with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
    static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        filename.codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
