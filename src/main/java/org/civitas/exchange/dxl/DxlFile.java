package org.civitas.exchange.dxl;

import java.nio.file.Path;
import java.util.Map;

/**
 * A file carried by a document, decoded from its Base64 while the export was read: a {@code $FILE} attachment
 * or a picture inside rich text.
 *
 * @param kind {@code attachment} or {@code picture}
 * @param itemName the item that holds it ({@code $FILE}, or the rich text item)
 * @param fileName the attachment's name, or a made-up name for a picture ({@code Body-1.gif})
 * @param attributes the {@code <file>} (or picture) element's attributes as written
 * @param created the file's created time, lexical; null for pictures
 * @param modified the file's modified time, lexical; null for pictures
 * @param sha256 hex SHA-256 of the decoded bytes
 * @param content the decoded bytes in a temporary file, or null when the reader only checked the export
 */
public record DxlFile(
        String kind,
        String itemName,
        String fileName,
        Map<String, String> attributes,
        String created,
        String modified,
        long size,
        String sha256,
        Path content) {}
