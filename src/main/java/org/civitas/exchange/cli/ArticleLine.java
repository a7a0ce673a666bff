package org.civitas.exchange.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of an import, read and checked as far as it can be without the database: its fields, and the
 * files it names (attachments and the pictures of its body), each found inside the export folder.
 *
 * @param pictures each picture address of the body as written, with the file it names
 * @param digest SHA-256 of the line's text and of every file it names: equal digests mean an unchanged article
 */
record ArticleLine(
        int number,
        String sourceKey,
        String siteCode,
        String channelCode,
        ArticleDraft draft,
        String indexNumber,
        Instant createdAt,
        List<File> attachments,
        Map<String, Path> pictures,
        String digest) {

    /** An attachment: the file and the name readers see. */
    record File(Path path, String name) {}

    /** Times without a zone are China time, as the old systems kept them. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The src of each picture in the body. */
    private static final Pattern PICTURE =
            Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*)([\"'])([^\"']*)\\2", Pattern.CASE_INSENSITIVE);

    static ArticleLine parse(int number, String text, ExportFolder folder, CliMessages messages) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new LineProblem(messages.text("import.json"));
        }
        if (node == null || !node.isObject()) {
            throw new LineProblem(messages.text("import.json"));
        }
        var fields = new Fields(node, messages);
        String sourceKey = fields.required("sourceKey");
        String siteCode = fields.required("siteCode");
        String channelCode = fields.required("channelCode");
        String title = fields.required("title");
        String body = fields.required("body");
        List<File> attachments = new ArrayList<>();
        JsonNode listed = node.get("attachments");
        if (listed != null && !listed.isNull()) {
            if (!listed.isArray()) {
                throw new LineProblem(messages.text("import.attachments", "attachments"));
            }
            for (JsonNode item : listed) {
                String reference = item.isString() ? item.asString() : text(item, "path");
                if (reference == null && item.isObject()) {
                    reference = text(item, "url");
                }
                Path path = folder.file(reference);
                String name = item.isObject() ? text(item, "name") : null;
                attachments.add(new File(path, displayName(name, path)));
            }
        }
        Map<String, Path> pictures = new LinkedHashMap<>();
        Matcher m = PICTURE.matcher(body);
        while (m.find()) {
            String src = m.group(3);
            if (ExportFolder.local(src) && !pictures.containsKey(src)) {
                pictures.put(src, folder.file(src));
            }
        }
        List<String> tags = new ArrayList<>();
        if (node.has("tags") && node.get("tags").isArray()) {
            node.get("tags").forEach(tag -> tags.add(tag.asString()));
        }
        String documentNumber = fields.optional("documentNumber");
        String issuer = fields.optional("issuer");
        LocalDate written = fields.date("writtenDate");
        String category = fields.optional("subjectCategory");
        String validity = fields.optional("validity");
        boolean disclosure =
                documentNumber != null || issuer != null || written != null || category != null || validity != null;
        var draft = new ArticleDraft(
                title,
                fields.optional("subtitle"),
                fields.optional("summary"),
                body,
                null,
                List.of(),
                fields.optional("source"),
                fields.optional("author"),
                tags,
                node.has("pinned") && node.get("pinned").asBoolean(),
                0,
                null,
                fields.instant("publishedAt"),
                null,
                disclosure ? new ArticleDraft.Disclosure(documentNumber, issuer, written, category, validity) : null,
                null); // the site's language
        List<Path> files = new ArrayList<>();
        attachments.forEach(a -> files.add(a.path()));
        files.addAll(pictures.values());
        return new ArticleLine(
                number,
                sourceKey,
                siteCode,
                channelCode,
                draft,
                fields.optional("indexNumber"),
                fields.instant("createdAt"),
                List.copyOf(attachments),
                pictures,
                digest(text, files, folder));
    }

    /** The name readers see; one without an extension borrows the file's, which the upload check needs. */
    private static String displayName(String name, Path path) {
        String file = path.getFileName().toString();
        if (name == null || name.isBlank()) {
            return file;
        }
        String given = name.strip();
        int dot = file.lastIndexOf('.');
        return given.contains(".") || dot < 0 ? given : given + file.substring(dot);
    }

    private static String digest(String text, List<Path> files, ExportFolder folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.strip().getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                String entry = "\n" + folder.root().relativize(file) + ":" + ExportFolder.sha256(file);
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A line's fields with its messages. */
    private record Fields(JsonNode node, CliMessages messages) {

        String required(String field) {
            String value = optional(field);
            if (value == null) {
                throw new LineProblem(messages.text("import.missing", field));
            }
            return value;
        }

        String optional(String field) {
            String value = text(node, field);
            return value == null || value.isBlank() ? null : value;
        }

        /** An ISO-8601 instant; a date and time without offset, or a date alone, in China time. */
        Instant instant(String field) {
            String value = optional(field);
            if (value == null) {
                return null;
            }
            String v = value.strip().replace(' ', 'T');
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                // without an offset
            }
            try {
                return LocalDateTime.parse(v).atZone(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // a date alone
            }
            try {
                return LocalDate.parse(v).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new LineProblem(messages.text("import.time", value));
            }
        }

        LocalDate date(String field) {
            String value = optional(field);
            if (value == null) {
                return null;
            }
            Instant at = instant(field);
            return at.atZone(ZONE).toLocalDate();
        }
    }
}
