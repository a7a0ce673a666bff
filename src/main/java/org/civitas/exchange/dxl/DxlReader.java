package org.civitas.exchange.dxl;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DXL export (a whole database or a single note, Notes 6.5 to 12) as a stream: one document at a time is
 * in memory, attachments are decoded straight into temporary files. Whatever the DTD does not allow where the
 * structure matters (at the top of the database, in a document, as an item's value) is refused with its line and
 * column rather than skipped, so that nothing is lost silently; design notes and the ACL are reported, not kept.
 */
public final class DxlReader {

    static final String NAMESPACE = "http://www.lotus.com/dxl";

    /** The design elements of the DTD (%design.elements;) and {@code <note>}. */
    private static final Set<String> DESIGN = Set.of(
            "note",
            "form",
            "subform",
            "page",
            "frameset",
            "view",
            "folder",
            "sharedfield",
            "sharedactions",
            "imageresource",
            "appletresource",
            "agent",
            "webservice",
            "agentdata",
            "scriptlibrary",
            "databasescript",
            "helpusingdocument",
            "helpaboutdocument",
            "dataconnection",
            "sharedcolumn",
            "fileresource",
            "stylesheetresource",
            "outline",
            "db2accessview");

    private static final Set<String> DATABASE_SETTINGS = Set.of("databaseinfo", "fulltextsettings", "launchsettings");

    private static final Set<String> DOCUMENTS = Set.of("document", "profiledocument");

    private static final Set<String> PROLOG = Set.of("updatedby", "revisions", "wassignedby", "mime");

    /** What the reader reports; documents arrive in the order of the export. */
    public interface Listener {
        void document(DxlDocument document);

        default void designNote(String element, int line) {}

        default void aclEntry(Map<String, String> attributes) {}
    }

    private final Path fileDirectory;

    /** @param fileDirectory where decoded files go, or null to only check, count and hash them */
    public DxlReader(Path fileDirectory) {
        this.fileDirectory = fileDirectory;
    }

    /** @throws DxlProblem when the export is not well-formed or not DXL */
    public void read(InputStream in, Listener listener) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            while (r.next() != START_ELEMENT) {
                // past the declaration, the DOCTYPE and comments
            }
            String root = r.getLocalName();
            if (!isDxl(r)) {
                throw problem(r, "the root element <" + root + "> is not Domino XML (DXL)");
            }
            if (root.equals("database")) {
                database(r, listener);
            } else if (DOCUMENTS.contains(root)) {
                listener.document(document(r));
            } else if (DESIGN.contains(root)) {
                listener.designNote(root, r.getLocation().getLineNumber());
                skip(r);
            } else {
                throw problem(r, "unexpected element <" + root + "> at the top of the export");
            }
            while (r.hasNext()) {
                r.next(); // the parser refuses anything after the root element but comments
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new DxlProblem(
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), reason(e));
        } catch (Base64Sink.InvalidBase64 e) {
            throw problem(r, "invalid Base64 content: " + e.getMessage());
        } finally {
            close(r);
        }
    }

    /** Configured once: finding and configuring a factory costs more than reading a small export. */
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // exports name a DTD (xmlschemas/domino_6_5.dtd) that is never beside them; and no external entities
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static boolean isDxl(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.equals(NAMESPACE);
    }

    private void database(XMLStreamReader r, Listener listener) throws XMLStreamException {
        while (r.nextTag() == START_ELEMENT) {
            String name = r.getLocalName();
            if (DOCUMENTS.contains(name)) {
                listener.document(document(r));
            } else if (DESIGN.contains(name)) {
                listener.designNote(name, r.getLocation().getLineNumber());
                skip(r);
            } else if (name.equals("acl")) {
                acl(r, listener);
            } else if (DATABASE_SETTINGS.contains(name)) {
                skip(r);
            } else {
                throw problem(r, "unexpected element <" + name + "> in <database>");
            }
        }
    }

    private void acl(XMLStreamReader r, Listener listener) throws XMLStreamException {
        while (r.nextTag() == START_ELEMENT) {
            if (r.getLocalName().equals("aclentry")) {
                listener.aclEntry(attributes(r, null));
            }
            skip(r);
        }
    }

    private DxlDocument document(XMLStreamReader r) throws XMLStreamException {
        String kind = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        Map<String, String> attributes = attributes(r, null);
        DxlNoteInfo noteInfo = null;
        Map<String, List<String>> prolog = new LinkedHashMap<>();
        List<DxlItem> items = new ArrayList<>();
        List<DxlFile> files = new ArrayList<>();
        Map<String, String> html = new LinkedHashMap<>();
        while (r.nextTag() == START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("noteinfo")) {
                noteInfo = noteInfo(r);
            } else if (name.equals("item")) {
                items.add(new ItemReading(r, fileDirectory, files, html).item());
            } else if (PROLOG.contains(name)) {
                prolog.put(name, name.equals("mime") ? List.of(text(r)) : childTexts(r));
            } else if (name.equals("textproperties")) {
                skip(r);
            } else {
                throw problem(r, "unexpected element <" + name + "> in <" + kind + ">");
            }
        }
        if (noteInfo == null || noteInfo.unid() == null || noteInfo.unid().isBlank()) {
            throw new DxlProblem(line, 1, "<" + kind + "> has no UNID (export with note information)");
        }
        return new DxlDocument(kind, attributes, noteInfo, prolog, items, files, html, line);
    }

    private static DxlNoteInfo noteInfo(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> times = new LinkedHashMap<>();
        Map<String, String> dst = new LinkedHashMap<>();
        String noteId = r.getAttributeValue(null, "noteid");
        String unid = r.getAttributeValue(null, "unid");
        String sequence = r.getAttributeValue(null, "sequence");
        while (r.nextTag() == START_ELEMENT) {
            String which = r.getLocalName();
            while (r.nextTag() == START_ELEMENT) {
                if (r.getAttributeValue(null, "dst") != null) {
                    dst.put(which, r.getAttributeValue(null, "dst"));
                }
                times.put(which, text(r));
            }
        }
        return new DxlNoteInfo(noteId, unid, sequence, times, dst);
    }

    /** The texts of an element's children ({@code <updatedby><name>…</name></updatedby>}). */
    private static List<String> childTexts(XMLStreamReader r) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (r.nextTag() == START_ELEMENT) {
            values.add(text(r));
        }
        return values;
    }

    /** An element's text with {@code <break/>} as a line break and {@code <nonxmlchar/>} as its character. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case CHARACTERS, CDATA, SPACE ->
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case START_ELEMENT -> {
                    String name = r.getLocalName();
                    if (name.equals("break")) {
                        text.append('\n');
                    } else if (name.equals("nonxmlchar")) {
                        text.appendCodePoint(Integer.parseInt(r.getAttributeValue(null, "value"), 16));
                    } else {
                        throw problem(r, "unexpected element <" + name + "> in a text value");
                    }
                    skip(r);
                }
                case END_ELEMENT -> {
                    return text.toString();
                }
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /** Every attribute as written, in order, but {@code except}. */
    static Map<String, String> attributes(XMLStreamReader r, String except) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            if (!name.equals(except)) {
                attributes.put(name, r.getAttributeValue(i));
            }
        }
        return attributes;
    }

    /** Past the end of the current element; what is inside is still parsed, so it must be well-formed. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    static DxlProblem problem(XMLStreamReader r, String reason) {
        Location at = r == null ? null : r.getLocation();
        return new DxlProblem(at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), reason);
    }

    /** The parser's own words without its "ParseError at [row,col]" prefix (the location is reported apart). */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing more to read
            }
        }
    }
}
