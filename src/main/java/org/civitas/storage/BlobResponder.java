package org.civitas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer for a blob a module has decided to hand out (after its own access check): the strong ETag
 * is its SHA-256, byte ranges and 304s are Spring MVC's (the body is a {@link Resource} whose length is
 * known without reading it), the file name is kept in UTF-8, and the content runs in a sandbox, so an
 * uploaded HTML or SVG file never runs as this site's page.
 */
public final class BlobResponder {

    private BlobResponder() {}

    /**
     * @param content opens the blob's whole content (called only when a body is sent)
     * @param inline whether a browser may show it in the page (pictures) rather than download it
     */
    public static ResponseEntity<Resource> of(
            BlobInfo blob, InputStreamSource content, boolean inline, CacheControl cache) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(blob.filename(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .eTag("\"" + blob.sha256() + "\"")
                .cacheControl(cache)
                .contentType(MediaType.parseMediaType(blob.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(new BlobResource(blob, content));
    }

    /** A blob as a resource whose length is known without reading it, so that Spring can serve ranges. */
    private static final class BlobResource extends AbstractResource {

        private final BlobInfo blob;
        private final InputStreamSource content;

        BlobResource(BlobInfo blob, InputStreamSource content) {
            this.blob = blob;
            this.content = content;
        }

        @Override
        public String getDescription() {
            return "blob " + blob.id();
        }

        @Override
        public String getFilename() {
            return blob.filename();
        }

        @Override
        public long contentLength() {
            return blob.size();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content.getInputStream();
        }
    }
}
