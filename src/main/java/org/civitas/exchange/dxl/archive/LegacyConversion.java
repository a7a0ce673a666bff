package org.civitas.exchange.dxl.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.exchange.dxl.DxlDocument;
import org.civitas.exchange.dxl.DxlFile;
import org.civitas.exchange.dxl.DxlItem;
import org.civitas.platform.RichText;
import tools.jackson.databind.json.JsonMapper;

/** Turns a read document into its legacy record: JSON of its note and items, sanitized HTML, mapped fields, access. */
final class LegacyConversion {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final FormMapping mapping;
    private final NameMatching names;
    private final ImportReport report;

    LegacyConversion(FormMapping mapping, NameMatching names, ImportReport report) {
        this.mapping = mapping;
        this.names = names;
        this.report = report;
    }

    /** What the report counts of every document read, written or skipped as unchanged. */
    void count(DxlDocument document) {
        report.count(report.forms, document.form());
        report.count(report.targets, mapping.target(document.form()).target());
        for (DxlItem item : document.items()) {
            report.count(report.itemTypes, item.type());
        }
        for (DxlFile file : document.files()) {
            if (file.kind().equals("picture")) {
                report.pictures++;
            } else {
                report.attachments++;
            }
            report.attachmentBytes += file.size();
        }
    }

    LegacyDocuments.Row row(
            DxlDocument document, List<LegacyDocuments.Attachment> files, String source, String actor, Instant now) {
        var info = document.noteInfo();
        var target = mapping.target(document.form());
        return new LegacyDocuments.Row(
                info.unid(),
                info.noteId(),
                info.sequence(),
                document.kind(),
                document.form(),
                document.parentUnid(),
                info.created(),
                info.modified(),
                DxlTimes.parse(info.modified()),
                noteJson(document),
                itemsJson(document),
                html(document, files),
                mapped(document, target),
                access(document),
                source,
                target.target(),
                actor,
                now);
    }

    /** Everything of the note but its items, as verify-import compares it. */
    static String noteJson(DxlDocument document) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("kind", document.kind());
        note.put("attributes", document.attributes());
        note.put("noteinfo", document.noteInfo());
        note.put("prolog", document.prolog());
        return JSON.writeValueAsString(note);
    }

    static String itemsJson(DxlDocument document) {
        return JSON.writeValueAsString(document.items());
    }

    /** Each rich text item sanitized, its pictures pointing at their blobs. */
    private String html(DxlDocument document, List<LegacyDocuments.Attachment> files) {
        if (document.richTextHtml().isEmpty()) {
            return null;
        }
        Map<String, String> html = new LinkedHashMap<>();
        document.richTextHtml().forEach((item, raw) -> {
            String linked = raw;
            for (LegacyDocuments.Attachment file : files) {
                linked = linked.replace(
                        "\"dxl-picture:" + file.position() + "\"", "\"/api/v1/blobs/" + file.blobId() + "\"");
            }
            RichText.Result clean = RichText.sanitize(linked);
            if (clean.changed()) {
                report.warn("dxl.richtext.sanitized", document.noteInfo().unid(), item);
            }
            html.put(item, clean.html());
        });
        return JSON.writeValueAsString(html);
    }

    /** The mapped fields' values, ready for the target's writer: a single value as such, several as a list. */
    private static String mapped(DxlDocument document, FormMapping.FormTarget target) {
        if (target.fields().isEmpty()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        target.fields().forEach((field, itemName) -> {
            List<String> values = new ArrayList<>();
            document.items().stream()
                    .filter(i -> i.name().equalsIgnoreCase(itemName))
                    .forEach(i -> values.addAll(i.values()));
            if (!values.isEmpty()) {
                fields.put(field, values.size() == 1 ? values.getFirst() : values);
            }
        });
        return JSON.writeValueAsString(fields);
    }

    /** Readers and Authors fields: each name and what it matched, or null; unmatched names go to the report. */
    private String access(DxlDocument document) {
        Map<String, Map<String, String>> access = new LinkedHashMap<>();
        for (DxlItem item : document.items()) {
            String kind = item.flagged("readers") ? "readers" : item.flagged("authors") ? "authors" : null;
            if (kind == null) {
                continue;
            }
            for (String name : item.values()) {
                Optional<String> match = names.match(name);
                access.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, match.orElse(null));
                if (match.isPresent()) {
                    report.count(report.matchedNames, name);
                } else {
                    report.unmatchedNames.add(name);
                }
            }
        }
        return access.isEmpty() ? null : JSON.writeValueAsString(access);
    }
}
