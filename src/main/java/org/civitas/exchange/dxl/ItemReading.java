package org.civitas.exchange.dxl;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <item>}: its flags and its value element, every value kept as written. */
final class ItemReading {

    private final XMLStreamReader r;
    private final Path fileDirectory;
    private final List<DxlFile> files;
    private final Map<String, String> html;
    private final List<String> values = new ArrayList<>();
    private final List<Map<String, String>> valueAttributes = new ArrayList<>();

    ItemReading(XMLStreamReader r, Path fileDirectory, List<DxlFile> files, Map<String, String> html) {
        this.r = r;
        this.fileDirectory = fileDirectory;
        this.files = files;
        this.html = html;
    }

    DxlItem item() throws XMLStreamException {
        String name = r.getAttributeValue(null, "name");
        if (name == null) {
            throw DxlReader.problem(r, "<item> without a name");
        }
        Map<String, String> flags = DxlReader.attributes(r, "name");
        if (r.nextTag() == END_ELEMENT) {
            return new DxlItem(name, flags, "", Map.of(), List.of(), List.of());
        }
        String type = r.getLocalName();
        Map<String, String> typeAttributes = Map.of();
        switch (type) {
            case "text", "number", "datetime", "itemdata", "rawitemdata", "formula" -> value();
            case "textlist", "numberlist", "datetimelist" -> {
                typeAttributes = DxlReader.attributes(r, null);
                list(type);
            }
            case "richtext" -> {
                typeAttributes = DxlReader.attributes(r, null);
                var rendering = new RichTextReading(r, fileDirectory, files, name).read();
                values.add(rendering.dxl());
                html.merge(name, rendering.html(), String::concat);
            }
            case "object" -> object(name);
            default -> throw DxlReader.problem(r, "<" + type + "> is not a value of an item (item " + name + ")");
        }
        if (type.equals("itemdata") || type.equals("rawitemdata") || type.equals("formula")) {
            typeAttributes = valueAttributes.removeFirst();
        }
        if (r.nextTag() != END_ELEMENT) {
            throw DxlReader.problem(r, "item " + name + " has more than one value element");
        }
        boolean anyAttributes = valueAttributes.stream().anyMatch(a -> !a.isEmpty());
        return new DxlItem(
                name, flags, type, typeAttributes, List.copyOf(values), anyAttributes ? valueAttributes : List.of());
    }

    private void value() throws XMLStreamException {
        valueAttributes.add(DxlReader.attributes(r, null));
        values.add(DxlReader.text(r));
    }

    private void list(String type) throws XMLStreamException {
        String element = type.substring(0, type.length() - "list".length());
        while (r.nextTag() == START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals(element)) {
                value();
            } else if (name.equals("datetimepair") && type.equals("datetimelist")) {
                pair();
            } else {
                throw DxlReader.problem(r, "unexpected element <" + name + "> in <" + type + ">");
            }
        }
    }

    /** A range of times as {@code start/end} (ISO 8601 writes intervals so); the end's attributes as {@code end.x}. */
    private void pair() throws XMLStreamException {
        List<String> ends = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        while (r.nextTag() == START_ELEMENT) {
            String prefix = ends.isEmpty() ? "" : "end.";
            DxlReader.attributes(r, null).forEach((k, v) -> attributes.put(prefix + k, v));
            ends.add(DxlReader.text(r));
        }
        if (ends.size() != 2) {
            throw DxlReader.problem(r, "<datetimepair> needs two datetimes");
        }
        values.add(ends.get(0) + "/" + ends.get(1));
        valueAttributes.add(attributes);
    }

    /** An {@code <object><file>…<filedata>Base64</filedata></file></object>}: decoded as it streams past. */
    private void object(String itemName) throws XMLStreamException {
        if (r.nextTag() != START_ELEMENT || !r.getLocalName().equals("file")) {
            throw DxlReader.problem(r, "<object> without <file> (item " + itemName + ")");
        }
        Map<String, String> attributes = DxlReader.attributes(r, null);
        String fileName = attributes.getOrDefault("name", itemName);
        Map<String, String> times = new LinkedHashMap<>();
        Base64Sink sink = null;
        while (r.nextTag() == START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("filedata")) {
                sink = new Base64Sink(fileDirectory);
                RichTextReading.decode(r, sink);
            } else if (name.equals("created") || name.equals("modified")) {
                r.nextTag();
                String dst = r.getAttributeValue(null, "dst");
                if (dst != null) {
                    attributes.put(name + ".dst", dst);
                }
                times.put(name, DxlReader.text(r));
                r.nextTag();
            } else {
                throw DxlReader.problem(r, "unexpected element <" + name + "> in <file>");
            }
        }
        if (sink == null) {
            sink = new Base64Sink(fileDirectory);
            sink.finish();
        }
        r.nextTag(); // </object>
        files.add(new DxlFile(
                "attachment",
                itemName,
                fileName,
                attributes,
                times.get("created"),
                times.get("modified"),
                sink.size(),
                sink.sha256(),
                sink.file()));
        values.add(fileName);
        valueAttributes.add(Map.of());
    }
}
