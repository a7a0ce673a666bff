package org.civitas.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.civitas.content.AttachmentView;
import org.civitas.search.SearchSettings;
import org.civitas.storage.trusted.BlobReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The text of an article's attachment (PDF, Word, Excel, PowerPoint, plain text) with Apache Tika, read
 * through storage's trusted reader: only attachments of published articles get here. Text is bounded in
 * size, files above the configured size are skipped, and a file Tika cannot read contributes nothing
 * rather than failing the article. Recent results are cached by blob (blobs never change), so an
 * article shared to several sites, or rebuilt, is read once.
 */
@Component
class AttachmentText {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);
    private static final Set<String> READABLE =
            Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "rtf");

    private final BlobReader blobs;
    private final SearchSettings settings;
    private final Parser parser = new AutoDetectParser();
    private final Cache<Long, String> recent = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((Long id, String text) -> 16 + text.length() * 2)
            .build();

    AttachmentText(BlobReader blobs, SearchSettings settings) {
        this.blobs = blobs;
        this.settings = settings;
    }

    /** The attachment's text, or an empty string when it has none that can be read. */
    String text(AttachmentView attachment) {
        if (!readable(attachment.fileName())
                || attachment.size() <= 0
                || attachment.size() > settings.attachmentMaxBytes()) {
            return "";
        }
        return recent.get(attachment.blobId(), id -> extract(attachment));
    }

    static boolean readable(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && READABLE.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private String extract(AttachmentView attachment) {
        BodyContentHandler handler = new BodyContentHandler(settings.attachmentMaxChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, attachment.fileName());
        try (InputStream in = blobs.open(attachment.blobId(), 0, attachment.size())) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info(
                        "No text from attachment {} ({}): {}",
                        attachment.blobId(),
                        attachment.fileName(),
                        e.toString());
                return "";
            }
        }
        return handler.toString().replaceAll("\\s+", " ").strip();
    }
}
