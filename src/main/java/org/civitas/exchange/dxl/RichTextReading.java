package org.civitas.exchange.dxl;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads a {@code <richtext>} element twice over in one pass: as DXL again (elements, attributes and text as
 * written, so the original can be rebuilt) and as plain HTML (paragraphs, line breaks, tables, pictures), which the
 * importer then sanitizes. Pictures in a browser format are decoded into files and shown; others (Notes bitmaps,
 * metafiles) are decoded and kept but not shown.
 */
final class RichTextReading {

    record Rendering(String dxl, String html) {}

    /** Elements whose text is data or code, never prose. */
    private static final Set<String> DATA = Set.of(
            "gif",
            "jpeg",
            "png",
            "notesbitmap",
            "cgm",
            "bmp",
            "wmf",
            "pict",
            "svg",
            "filedata",
            "formula",
            "code",
            "lotusscript",
            "javascript",
            "rawitemdata",
            "itemdata",
            "imagedata",
            "attachmentref",
            "objectref");

    private static final Set<String> PICTURE_DATA =
            Set.of("gif", "jpeg", "png", "notesbitmap", "cgm", "bmp", "wmf", "pict", "svg");

    private static final Set<String> SHOWN = Set.of("gif", "jpeg", "png");

    private static final Map<String, String> HTML = Map.of(
            "par", "p", "table", "table", "tablerow", "tr", "tablecell", "td", "section", "div", "sectiontitle", "p");

    private final XMLStreamReader r;
    private final Path fileDirectory;
    private final List<DxlFile> files;
    private final String itemName;
    private final StringBuilder html = new StringBuilder();

    RichTextReading(XMLStreamReader r, Path fileDirectory, List<DxlFile> files, String itemName) {
        this.r = r;
        this.fileDirectory = fileDirectory;
        this.files = files;
        this.itemName = itemName;
    }

    /** Reads to the end of {@code <richtext>}, on which the reader stands when called. */
    Rendering read() throws XMLStreamException {
        StringWriter dxl = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(dxl);
        Deque<String> open = new ArrayDeque<>();
        start(out, open);
        int dataDepth = 0;
        while (!open.isEmpty()) {
            int event = r.next();
            if (event == START_ELEMENT) {
                String name = r.getLocalName();
                if (PICTURE_DATA.contains(name)) {
                    picture(out, name);
                    continue;
                }
                start(out, open);
                if (DATA.contains(name)) {
                    dataDepth++;
                }
                String tag = HTML.get(name);
                if (tag != null && dataDepth == 0) {
                    html.append('<').append(tag).append('>');
                } else if (name.equals("break") && dataDepth == 0) {
                    html.append("<br>");
                }
            } else if (event == END_ELEMENT) {
                String name = open.pop();
                out.writeEndElement();
                String tag = HTML.get(name);
                if (tag != null && dataDepth == 0) {
                    html.append("</").append(tag).append('>');
                }
                if (DATA.contains(name)) {
                    dataDepth--;
                }
            } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
                String text = r.getText();
                out.writeCharacters(text);
                if (dataDepth == 0) {
                    html.append(HtmlUtils.htmlEscape(text));
                }
            }
        }
        out.flush();
        return new Rendering(dxl.toString(), html.toString());
    }

    private void start(XMLStreamWriter out, Deque<String> open) throws XMLStreamException {
        String name = r.getLocalName();
        open.push(name);
        out.writeStartElement(name);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            out.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
    }

    /** Picture data: written into the DXL as it is and decoded into a file at once. */
    private void picture(XMLStreamWriter out, String format) throws XMLStreamException {
        out.writeStartElement(format);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            out.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        Base64Sink sink = new Base64Sink(fileDirectory);
        StringBuilder base64 = new StringBuilder();
        while (r.next() != END_ELEMENT) {
            if (r.isCharacters()) {
                base64.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                sink.accept(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
        sink.finish();
        out.writeCharacters(base64.toString());
        out.writeEndElement();
        int index = files.size();
        String extension = format.equals("jpeg") ? "jpg" : format;
        files.add(new DxlFile(
                "picture",
                itemName,
                itemName + "-" + (index + 1) + "." + extension,
                Map.of("format", format),
                null,
                null,
                sink.size(),
                sink.sha256(),
                sink.file()));
        if (SHOWN.contains(format)) {
            html.append("<img src=\"dxl-picture:").append(index).append("\" alt=\"\">");
        }
    }

    /** Decodes the Base64 text of the current element into {@code sink}; stands on its end afterwards. */
    static void decode(XMLStreamReader r, Base64Sink sink) throws XMLStreamException {
        while (r.next() != END_ELEMENT) {
            if (r.isCharacters()) {
                sink.accept(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            } else if (r.isStartElement()) {
                throw DxlReader.problem(r, "unexpected element <" + r.getLocalName() + "> in Base64 data");
            }
        }
        sink.finish();
    }
}
