package org.civitas.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.civitas.storage.BlobTypeRefusedException;

/**
 * Decides, from the bytes that arrived, whether an upload is what its name says and of a type the
 * installation accepts. The name is what people and browsers go by (a download is opened by its
 * extension), so the name's type must be allowed and the content must be of that type: a PNG that
 * is random bytes, a program named as a picture or a "DOCX" that is no Word package are refused.
 * Tika detects the content (magic bytes, and the inside of zip and OLE2 packages); pictures are
 * also decoded as far as their dimensions, so a file with only a PNG signature does not pass.
 */
final class UploadContentCheck {

    private static final Set<MediaType> EXECUTABLES = Set.of(
            MediaType.application("x-msdownload"),
            MediaType.application("x-dosexec"),
            MediaType.application("x-executable"),
            MediaType.application("x-sharedlib"),
            MediaType.application("x-mach-o"),
            MediaType.application("x-mach-o-universal"),
            MediaType.application("java-archive"),
            MediaType.application("x-sh"),
            MediaType.application("x-bat"));
    /** Both of one family of packages: WPS Office's and Microsoft Office's old formats are all OLE2 files. */
    private static final Set<MediaType> FAMILIES = Set.of(MediaType.application("x-tika-msoffice"));

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private final Detector detector;
    private final MimeTypes names;
    private final MediaTypeRegistry registry;

    UploadContentCheck() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.names = tika.getMimeRepository();
        this.registry = tika.getMediaTypeRegistry();
    }

    /** The lower-case extension of {@code filename} without its dot, or an empty string. */
    static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 || dot == filename.length() - 1
                ? ""
                : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Checks the file against its name and the allowed extensions.
     *
     * @return the media type to record: the one the name stands for and the content confirmed, or the
     *     declared one when it says the same with more detail (a charset)
     * @throws BlobTypeRefusedException when the type is not allowed or the content is not of it
     */
    String check(Path file, String filename, String declared, List<String> allowed) {
        String extension = extension(filename);
        if (!allowed.contains(extension)) {
            throw BlobTypeRefusedException.notAllowed(extension, allowed);
        }
        MediaType named = byName(filename);
        MediaType content = byContent(file);
        if (isA(content, EXECUTABLES)) {
            throw BlobTypeRefusedException.mismatch(extension, allowed);
        }
        if (named.equals(MediaType.OCTET_STREAM)) {
            // an extension the administrator added that no detector knows: any content but a program
            return declared;
        }
        if (!matches(named, content)) {
            throw BlobTypeRefusedException.mismatch(extension, allowed);
        }
        if (named.getType().equals("image") && !decodes(file, named)) {
            throw BlobTypeRefusedException.mismatch(extension, allowed);
        }
        return sameType(declared, named) ? declared : named.toString();
    }

    private boolean matches(MediaType named, MediaType content) {
        if (content.equals(MediaType.OCTET_STREAM)) {
            return false; // nothing recognisable: random bytes, or a format we cannot confirm
        }
        if (content.equals(ZIP) && isPackage(named)) {
            return false; // Tika looks inside zip files: a real Word, Excel or OpenDocument file is named as such
        }
        if (named.equals(content)
                || registry.isSpecializationOf(named, content)
                || registry.isSpecializationOf(content, named)) {
            return true;
        }
        return FAMILIES.stream()
                .anyMatch(family -> registry.isSpecializationOf(named, family)
                        && (content.equals(family) || registry.isSpecializationOf(content, family)));
    }

    private boolean isPackage(MediaType named) {
        return registry.isSpecializationOf(named, OOXML) || named.getSubtype().startsWith("vnd.oasis.opendocument.");
    }

    private boolean isA(MediaType type, Set<MediaType> kinds) {
        return kinds.contains(type) || kinds.stream().anyMatch(kind -> registry.isSpecializationOf(type, kind));
    }

    private MediaType byName(String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        try {
            return names.detect(null, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content's type from its bytes alone (no name given, so the name cannot decide it). */
    private MediaType byContent(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return registry.normalize(detector.detect(in, new Metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a picture's header decodes to positive dimensions, for the formats Java reads (PNG,
     * JPEG, GIF, BMP, TIFF); other pictures pass on their signature.
     */
    private static boolean decodes(Path file, MediaType type) {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByMIMEType(type.getBaseType().toString());
        if (!readers.hasNext()) {
            return true;
        }
        ImageReader reader = readers.next();
        try (InputStream raw = java.nio.file.Files.newInputStream(file);
                ImageInputStream in = ImageIO.createImageInputStream(raw)) {
            reader.setInput(in, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static boolean sameType(String declared, MediaType type) {
        try {
            MediaType parsed = MediaType.parse(declared);
            return parsed != null && parsed.getBaseType().equals(type.getBaseType());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
