package org.civitas.exchange.dxl;

import java.util.List;
import java.util.Map;

/**
 * A data note of an export ({@code <document>}, {@code <profiledocument>}) with everything it holds.
 *
 * @param kind the element it came from
 * @param attributes the element's attributes ({@code form}, {@code parent}, {@code response}, {@code conflict}…)
 * @param noteInfo noteid, unid, sequence and the note's times
 * @param prolog what stands between the note info and the items ({@code updatedby}, {@code revisions},
 *     {@code wassignedby}): per element its values in order
 * @param items every item in order
 * @param files the attachments and rich-text pictures, decoded
 * @param richTextHtml per rich text item a rendering as HTML, not yet sanitized; pictures appear as
 *     {@code dxl-picture:N} (N indexes {@code files})
 * @param line where the note starts in the export
 */
public record DxlDocument(
        String kind,
        Map<String, String> attributes,
        DxlNoteInfo noteInfo,
        Map<String, List<String>> prolog,
        List<DxlItem> items,
        List<DxlFile> files,
        Map<String, String> richTextHtml,
        int line) {

    public String form() {
        String form = attributes.get("form");
        if (form == null) {
            form = items.stream()
                    .filter(i -> i.name().equalsIgnoreCase("Form"))
                    .map(DxlItem::firstValue)
                    .findFirst()
                    .orElse(null);
        }
        return form;
    }

    /** The parent document of a response: its {@code $REF} item, else the {@code parent} attribute. */
    public String parentUnid() {
        return items.stream()
                .filter(i -> i.name().equalsIgnoreCase("$REF"))
                .map(DxlItem::firstValue)
                .findFirst()
                .orElse(attributes.get("parent"));
    }

    /** The first item so named (Notes item names ignore case). */
    public java.util.Optional<DxlItem> item(String name) {
        return items.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }
}
