package org.civitas.reporting.internal.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.civitas.platform.DomainException;
import org.springframework.web.util.HtmlUtils;

/**
 * A Word (.docx) document read into the rich text of a submission: paragraphs, headings, bold,
 * italic and underlined runs, bulleted and numbered lists, tables, links and embedded pictures.
 * Reading is all in memory and bounded ({@link #read} refuses anything larger than its limit), and it
 * finishes before anything is stored, so a malformed document leaves nothing behind. Refusals are
 * {@link DomainException}s on the field {@code word} with a message the user can act on.
 */
final class WordDocument {

    /** Picture types a browser shows; others (EMF, WMF, TIFF) are left out and counted. */
    private static final Set<String> SHOWN = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp");

    static final int MAX_PICTURES = 50;

    /** Marks where a picture goes until it has a blob id; text is escaped, so it cannot contain this. */
    private static final Pattern PICTURE = Pattern.compile("\u0001(\\d+)\u0001");

    /** A picture of the document, not stored yet. */
    record Picture(byte[] content, String filename, String contentType) {}

    private final StringBuilder html = new StringBuilder();
    private final List<Picture> pictures = new ArrayList<>();
    private String title;
    private int skippedPictures;
    /** The lists open around the current paragraph, outermost first; each has an item open. */
    private final Deque<String> openLists = new ArrayDeque<>();

    private XWPFDocument document;
    private WordNumbering numbering;

    private WordDocument() {}

    /**
     * Reads {@code content} (at most {@code maxBytes}); refuses an empty, oversized, non-Word,
     * old-format (.doc) or corrupted file, and a document without any text or picture.
     */
    static WordDocument read(InputStream content, long maxBytes) {
        byte[] bytes = bounded(content, maxBytes);
        if (bytes.length == 0) {
            throw DomainException.onField("word", "reporting.word.empty");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw DomainException.onField("word", "reporting.word.oldFormat");
        }
        if (!startsWith(bytes, 'P', 'K')) {
            throw DomainException.onField("word", "reporting.word.notDocx");
        }
        WordDocument result = new WordDocument();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            result.document = doc;
            result.numbering = new WordNumbering(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                result.element(element);
            }
            result.closeList();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw DomainException.onField("word", "reporting.word.oldFormat");
        } catch (NotOfficeXmlFileException e) {
            throw DomainException.onField("word", "reporting.word.notDocx");
        } catch (IOException | POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw DomainException.onField("word", "reporting.word.corrupt");
        } catch (RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            // POI reports a broken package in many ways (XmlException wrapped, ClassCast on odd parts, …)
            throw DomainException.onField("word", "reporting.word.corrupt");
        } finally {
            result.document = null;
            result.numbering = null;
        }
        if (result.html.toString().replaceAll("<[^>]*>", "").isBlank() && result.pictures.isEmpty()) {
            throw DomainException.onField("word", "reporting.word.noContent");
        }
        return result;
    }

    /** The body as HTML, each picture's address given by {@code address} from its position. */
    String html(LongFunction<String> address) {
        Matcher m = PICTURE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(HtmlUtils.htmlEscape(address.apply(Long.parseLong(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of the document's title or first heading, or null. */
    String title() {
        return title;
    }

    List<Picture> pictures() {
        return List.copyOf(pictures);
    }

    /** Pictures in formats a browser cannot show (EMF, WMF, …), left out of the body. */
    int skippedPictures() {
        return skippedPictures;
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            paragraph(p);
        } else if (element instanceof XWPFTable t) {
            closeList();
            table(t);
        }
    }

    private void paragraph(XWPFParagraph p) {
        String style = styleName(p);
        int heading = headingLevel(style);
        String inline = runs(p);
        boolean empty = inline.isBlank();
        var item = heading == 0 ? numbering.of(p) : java.util.Optional.<WordNumbering.Item>empty();
        if (item.isPresent()) {
            listItem(item.get(), inline);
            return;
        }
        closeList();
        if (empty) {
            return;
        }
        if (heading != 0 && title == null) {
            // the heading becomes the submission's title; repeated as the body's first line it was said twice
            title = p.getText().strip();
            return;
        }
        String tag = heading == 0 ? "p" : "h" + Math.min(6, heading + 1);
        html.append('<')
                .append(tag)
                .append(alignment(p))
                .append('>')
                .append(inline)
                .append("</")
                .append(tag)
                .append('>');
    }

    private static String alignment(XWPFParagraph p) {
        if (p.getAlignment() == null) {
            return "";
        }
        return switch (p.getAlignment()) {
            case CENTER -> " class=\"text-center\"";
            case RIGHT, END -> " class=\"text-end\"";
            case BOTH, DISTRIBUTE -> " class=\"text-justify\"";
            default -> "";
        };
    }

    /**
     * Opens, continues or closes lists so that the item sits at its level: a deeper level nests inside the
     * open item, a shallower one closes the deeper lists, and a change of kind at a level starts a new list.
     */
    private void listItem(WordNumbering.Item item, String inline) {
        // a jump of several levels (a document starting at level 2) nests one level at a time
        int level = Math.min(item.level(), openLists.size());
        while (openLists.size() > level + 1) {
            html.append("</li></").append(openLists.removeLast()).append('>');
        }
        String kind = item.ordered() ? "ol" : "ul";
        if (openLists.size() == level + 1) {
            html.append("</li>");
            if (!kind.equals(openLists.peekLast())) {
                html.append("</").append(openLists.removeLast()).append('>');
            }
        }
        if (openLists.size() == level) {
            html.append('<').append(kind).append('>');
            openLists.addLast(kind);
        }
        html.append("<li>").append(inline);
    }

    private void closeList() {
        while (!openLists.isEmpty()) {
            html.append("</li></").append(openLists.removeLast()).append('>');
        }
    }

    private String runs(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String text =
                    HtmlUtils.htmlEscape(run.text() == null ? "" : run.text()).replace("\n", "<br>");
            if (!text.isEmpty()) {
                if (run.isBold()) {
                    text = "<strong>" + text + "</strong>";
                }
                if (run.isItalic()) {
                    text = "<em>" + text + "</em>";
                }
                if (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE) {
                    text = "<u>" + text + "</u>";
                }
                if (run instanceof XWPFHyperlinkRun link) {
                    var target = link.getHyperlink(document);
                    String url = target == null ? null : target.getURL();
                    if (url != null && url.toLowerCase(Locale.ROOT).matches("^(https?|mailto):.*")) {
                        text = "<a href=\"" + HtmlUtils.htmlEscape(url) + "\">" + text + "</a>";
                    }
                }
            }
            out.append(text);
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                out.append(picture(picture));
            }
        }
        return out.toString();
    }

    private String picture(XWPFPicture picture) {
        XWPFPictureData data = picture.getPictureData();
        if (data == null) {
            return "";
        }
        String type = data.getPackagePart().getContentType().toLowerCase(Locale.ROOT);
        if (!SHOWN.contains(type)) {
            skippedPictures++;
            return "";
        }
        if (pictures.size() >= MAX_PICTURES) {
            throw DomainException.onField("word", "reporting.word.tooManyPictures", MAX_PICTURES);
        }
        pictures.add(new Picture(data.getData(), data.getFileName(), type));
        String alt =
                picture.getDescription() == null || picture.getDescription().isBlank()
                        ? data.getFileName()
                        : picture.getDescription();
        return "<img src=\"\u0001" + (pictures.size() - 1) + "\u0001\" alt=\"" + HtmlUtils.htmlEscape(alt) + "\">";
    }

    private void table(XWPFTable table) {
        html.append("<table class=\"table table-bordered\">");
        boolean inHead = false;
        boolean inBody = false;
        for (List<WordTableLayout.Cell> row : WordTableLayout.of(table)) {
            boolean header = !row.isEmpty() && row.getFirst().header();
            if (header && !inHead) {
                html.append("<thead>");
                inHead = true;
            } else if (!header && !inBody) {
                html.append(inHead ? "</thead><tbody>" : "<tbody>");
                inBody = true;
            }
            html.append("<tr>");
            for (WordTableLayout.Cell laid : row) {
                XWPFTableCell cell = laid.cell();
                String tag = laid.header() ? "th" : "td";
                html.append('<').append(tag);
                if (laid.header()) {
                    html.append(" scope=\"col\"");
                }
                if (laid.colspan() > 1) {
                    html.append(" colspan=\"").append(laid.colspan()).append('"');
                }
                if (laid.rowspan() > 1) {
                    html.append(" rowspan=\"").append(laid.rowspan()).append('"');
                }
                html.append('>');
                boolean first = true;
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String inline = runs(p);
                    if (inline.isBlank()) {
                        continue;
                    }
                    if (!first) {
                        html.append("<br>");
                    }
                    html.append(inline);
                    first = false;
                }
                for (XWPFTable nested : cell.getTables()) {
                    table(nested);
                }
                html.append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        html.append(inBody ? "</tbody>" : inHead ? "</thead>" : "").append("</table>");
    }

    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** 1 for a title or first-level heading, 2–5 for the next levels, 0 for body text. */
    private static int headingLevel(String style) {
        if (style.equals("title") || style.equals("标题")) {
            return 1;
        }
        Matcher m = Pattern.compile("^(?:heading|标题)(\\d)$").matcher(style);
        return m.matches() ? Math.min(5, Integer.parseInt(m.group(1))) : 0;
    }

    private static byte[] bounded(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw DomainException.onField("word", "reporting.word.tooLarge", maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
