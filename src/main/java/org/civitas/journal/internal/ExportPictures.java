package org.civitas.journal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.trusted.BlobReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures an exported edition's items show, for embedding in its PDF and Word files. The edition was read
 * with the exporter's visibility, so every picture its items show may be embedded. A picture that is not stored,
 * too large, or not in a raster format both renderers read (PNG, JPEG, GIF, BMP) is left out, never an error.
 */
final class ExportPictures {

    /** The address scheme of a picture in the PDF's XHTML, which only {@link EditionPdf} resolves. */
    static final String SCHEME = "edition-picture";

    /** Larger pictures are left out: the renderers hold a picture in memory whole. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");
    private static final Logger log = LoggerFactory.getLogger(ExportPictures.class);

    private final PictureReferences references;
    private final BlobReader blobs;
    private final Map<Long, Optional<Picture>> loaded = new HashMap<>();

    ExportPictures(PictureReferences references, BlobReader blobs) {
        this.references = references;
        this.blobs = blobs;
    }

    /**
     * One embeddable picture.
     *
     * @param format the format ImageIO read it as: png, jpeg, gif or bmp
     * @param width its width in pixels
     * @param height its height in pixels
     */
    record Picture(long blobId, String format, int width, int height, byte[] content) {

        InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    /** The body with each embeddable picture at {@link #SCHEME}{@code :blobId}, and the other stored pictures left out. */
    String forPdf(String bodyHtml) {
        return references.rewrite(bodyHtml, blobId -> picture(blobId).isPresent() ? SCHEME + ":" + blobId : null);
    }

    /**
     * The body with each stored picture replaced by {@code marker.apply(blobId)} as text (for splitting the body's
     * plain text where its pictures are), and the pictures that cannot be embedded left out.
     */
    String withMarkers(String bodyHtml, java.util.function.LongFunction<String> marker) {
        return references.transform(bodyHtml, (img, blobId) -> {
            if (picture(blobId).isPresent()) {
                img.replaceWith(new org.jsoup.nodes.TextNode(marker.apply(blobId)));
            } else {
                img.remove();
            }
        });
    }

    /** The picture of an address {@link #forPdf} wrote, or empty for any other address. */
    Optional<Picture> pictureAt(String uri) {
        if (uri == null || !uri.startsWith(SCHEME + ":")) {
            return Optional.empty();
        }
        try {
            return picture(Long.parseLong(uri.substring(SCHEME.length() + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The stored picture {@code blobId}, read once per export, when it can be embedded. */
    Optional<Picture> picture(long blobId) {
        return loaded.computeIfAbsent(blobId, this::load);
    }

    private Optional<Picture> load(long blobId) {
        Optional<BlobInfo> blob = blobs.find(blobId);
        if (blob.isEmpty() || blob.get().size() > MAX_BYTES || blob.get().size() == 0) {
            log.debug("Picture {} left out of an export: not stored, empty or larger than {} bytes", blobId, MAX_BYTES);
            return Optional.empty();
        }
        byte[] content;
        try (InputStream in = blobs.open(blobId, 0, blob.get().size())) {
            content = in.readAllBytes();
        } catch (IOException | UncheckedIOException | NotFoundException | IllegalArgumentException e) {
            log.warn("Picture {} left out of an export: {}", blobId, e.toString());
            return Optional.empty();
        }
        return describe(blobId, content);
    }

    /** Reads only the picture's header: its format and size in pixels. */
    private static Optional<Picture> describe(long blobId, byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                log.debug("Picture {} left out of an export: not a picture format this machine reads", blobId);
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (!FORMATS.contains(format) || width <= 0 || height <= 0) {
                    log.debug("Picture {} left out of an export: {} {}x{}", blobId, format, width, height);
                    return Optional.empty();
                }
                return Optional.of(new Picture(blobId, format, width, height, content));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Picture {} left out of an export: unreadable ({})", blobId, e.toString());
            return Optional.empty();
        }
    }
}
