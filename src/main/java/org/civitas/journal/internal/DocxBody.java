package org.civitas.journal.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes an item's sanitized rich text into a Word document with its structure: paragraphs and
 * headings, bold/italic/underlined runs, bulleted and numbered lists (Word lists, nested by level), tables
 * with merged cells and header rows, and pictures where they stand, each centred in a paragraph of
 * its own. The text was flattened to plain paragraphs before, so tables and lists of adopted items
 * came out as loose lines in the copy offices edit.
 */
final class DocxBody {

    static final String BODY_FONT = "仿宋";
    static final String TITLE_FONT = "宋体";
    /** 三号, the body size of official documents. */
    static final int BODY_SIZE = 16;

    private static final int TABLE_SIZE = 12;
    /** Twips of indentation per list level. */
    static final int LIST_INDENT = 480;
    /** The text's width on A4 between the margins (210 - 28 - 26 mm), in points. */
    static final double TEXT_WIDTH_POINTS = 156 / 25.4 * 72;
    /** Pictures carry no reliable resolution: they are laid out at the screen's 96 dpi, as browsers do. */
    private static final double POINTS_PER_PIXEL = 0.75;
    /** Stands for a picture in the body (a private-use character, which no text contains). */
    private static final String PICTURE_MARK = "\uE000";

    private static final Pattern PICTURE_MARKS = Pattern.compile(PICTURE_MARK + "(\\d+)" + PICTURE_MARK);
    private static final Map<String, Integer> PICTURE_TYPES = Map.of(
            "png", Document.PICTURE_TYPE_PNG,
            "jpeg", Document.PICTURE_TYPE_JPEG,
            "gif", Document.PICTURE_TYPE_GIF,
            "bmp", Document.PICTURE_TYPE_BMP);
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "div",
            "figure",
            "figcaption",
            "blockquote",
            "pre",
            "hr");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DocxBody.class);

    /** How the runs of a stretch of text look. */
    private record Look(
            boolean bold, boolean italic, boolean underline, boolean strike, VerticalAlign align, int size) {
        static final Look BODY = new Look(false, false, false, false, VerticalAlign.BASELINE, BODY_SIZE);

        Look with(String tag) {
            return switch (tag) {
                case "strong", "b", "th" -> new Look(true, italic, underline, strike, align, size);
                case "em", "i" -> new Look(bold, true, underline, strike, align, size);
                case "u" -> new Look(bold, italic, true, strike, align, size);
                case "s", "strike", "del" -> new Look(bold, italic, underline, true, align, size);
                case "sub" -> new Look(bold, italic, underline, strike, VerticalAlign.SUBSCRIPT, size);
                case "sup" -> new Look(bold, italic, underline, strike, VerticalAlign.SUPERSCRIPT, size);
                default -> this;
            };
        }

        Look sized(int points) {
            return new Look(bold, italic, underline, strike, align, points);
        }
    }

    /** Where paragraphs go (the document or a table cell) and how a new one is set. */
    private record Flow(Supplier<XWPFParagraph> next, int indent, boolean firstLine, Look look) {}

    private final XWPFDocument doc;
    private final ExportPictures pictures;
    private final DocxLists lists;

    DocxBody(XWPFDocument doc, ExportPictures pictures) {
        this.doc = doc;
        this.pictures = pictures;
        this.lists = new DocxLists(doc);
    }

    void write(String bodyHtml) {
        String marked = pictures.withMarkers(bodyHtml, blobId -> PICTURE_MARK + blobId + PICTURE_MARK);
        Element root = Jsoup.parseBodyFragment(marked).body();
        blocks(root, new Flow(doc::createParagraph, 0, true, Look.BODY));
    }

    private void blocks(Element parent, Flow flow) {
        Paragraph loose = null;
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                loose = null;
                block(e, flow);
            } else {
                if (loose == null) {
                    loose = new Paragraph(flow, ParagraphAlignment.BOTH);
                }
                inline(node, loose, flow.look());
            }
        }
    }

    private void block(Element e, Flow flow) {
        switch (e.normalName()) {
            case "p", "pre", "figcaption" -> {
                Paragraph p = new Paragraph(flow, alignment(e));
                for (Node child : e.childNodes()) {
                    inline(child, p, flow.look());
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                Flow heading = new Flow(
                        flow.next(), flow.indent(), false, flow.look().with("b").sized(BODY_SIZE));
                Paragraph p = new Paragraph(heading, alignment(e));
                for (Node child : e.childNodes()) {
                    inline(child, p, heading.look());
                }
            }
            case "ul", "ol" -> list(e, flow, flow.indent() / LIST_INDENT);
            case "table" -> {
                if (flow.indent() == 0 && flow.look().size() == BODY_SIZE) {
                    table(e);
                } else {
                    // a table inside a table cell: its rows as lines, Word tables nest poorly in WPS
                    for (Element row : e.select("tr")) {
                        Paragraph p = new Paragraph(flow, ParagraphAlignment.LEFT);
                        p.text(String.join("　", row.select("td, th").eachText()), flow.look());
                    }
                }
            }
            case "blockquote" -> blocks(e, new Flow(flow.next(), flow.indent() + LIST_INDENT, true, flow.look()));
            case "hr" -> new Paragraph(flow, ParagraphAlignment.CENTER).text("＊　＊　＊", flow.look());
            default -> blocks(e, flow); // div, figure
        }
    }

    /**
     * Each item a paragraph of a Word list ({@link DocxLists}), its marker drawn by Word; nested lists one
     * level further in. An item whose text sits in a paragraph of its own ({@code <li><p>…</p></li>}, as
     * editors and Word import write it) keeps its marker on that paragraph.
     */
    private void list(Element list, Flow flow, int level) {
        boolean ordered = list.normalName().equals("ol");
        int start = ordered && list.hasAttr("start") ? parse(list.attr("start"), 1) : 1;
        int wordLevel = Math.min(level, DocxLists.DEEPEST);
        BigInteger numId = lists.newList(ordered, wordLevel, start);
        int indent = (level + 1) * LIST_INDENT;
        Flow inner = new Flow(flow.next(), indent, false, flow.look());
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Paragraph p = new Paragraph(inner, ParagraphAlignment.LEFT);
            p.listItem(numId, wordLevel);
            List<Element> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                    if (e.normalName().equals("p") && !p.isOpen() && nested.isEmpty()) {
                        for (Node text : e.childNodes()) {
                            inline(text, p, flow.look());
                        }
                    } else {
                        nested.add(e);
                    }
                } else {
                    inline(child, p, flow.look());
                }
            }
            for (Element e : nested) {
                if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                    list(e, flow, level + 1);
                } else {
                    block(e, inner);
                }
            }
        }
    }

    private void table(Element html) {
        List<Element> rows = html.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr");
        if (rows.isEmpty()) {
            return;
        }
        TableGrid grid = TableGrid.of(rows);
        XWPFTable table = doc.createTable(rows.size(), 1);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean first = true;
            for (TableGrid.Slot slot : grid.row(r)) {
                XWPFTableCell cell = first ? row.getCell(0) : row.addNewTableCell();
                first = false;
                var pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (slot.colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(slot.colspan()));
                }
                if (slot.continued()) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (slot.rowspan() > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                if (slot.cell() == null) {
                    continue;
                }
                List<XWPFParagraph> given =
                        new ArrayList<>(List.of(cell.getParagraphs().getFirst()));
                Supplier<XWPFParagraph> next = () -> given.isEmpty() ? cell.addParagraph() : given.removeFirst();
                Look look = Look.BODY.sized(TABLE_SIZE).with(slot.cell().normalName());
                blocks(slot.cell(), new Flow(next, 0, false, look));
            }
        }
        doc.createParagraph(); // Word joins two tables that touch
    }

    private void inline(Node node, Paragraph p, Look look) {
        if (node instanceof TextNode text) {
            p.text(text.getWholeText().replaceAll("\\s+", " "), look);
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                p.lineBreak();
                return;
            }
            if (BLOCKS.contains(e.normalName())) {
                // a block where only inline content belongs (a list in a paragraph): keep its text in line
                p.text(" " + e.text() + " ", look);
                return;
            }
            Look inner = look.with(e.normalName());
            for (Node child : e.childNodes()) {
                inline(child, p, inner);
            }
        }
    }

    /**
     * A paragraph written lazily: it exists once it has text, and a picture in the middle of it ends it,
     * stands centred in a paragraph of its own, and the text after it continues in a new one.
     */
    private final class Paragraph {
        private final Flow flow;
        private final ParagraphAlignment alignment;
        private XWPFParagraph current;
        private BigInteger numId;
        private int level;

        Paragraph(Flow flow, ParagraphAlignment alignment) {
            this.flow = flow;
            this.alignment = alignment;
        }

        /** The paragraph is an item of the Word list {@code numId} at {@code level}, which also sets its indent. */
        void listItem(BigInteger numId, int level) {
            this.numId = numId;
            this.level = level;
        }

        boolean isOpen() {
            return current != null;
        }

        void text(String text, Look look) {
            Matcher mark = PICTURE_MARKS.matcher(text);
            int start = 0;
            while (mark.find()) {
                run(text.substring(start, mark.start()), look);
                pictures.picture(Long.parseLong(mark.group(1))).ifPresent(this::picture);
                start = mark.end();
            }
            run(text.substring(start), look);
        }

        void lineBreak() {
            if (current != null) {
                current.createRun().addBreak();
            }
        }

        private void run(String text, Look look) {
            if (text.isEmpty() || (current == null && text.isBlank())) {
                return;
            }
            XWPFRun run = open().createRun();
            run.setText(current.getRuns().size() == 1 ? text.stripLeading() : text);
            run.setFontFamily(BODY_FONT);
            run.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(look.size());
            run.setBold(look.bold());
            run.setItalic(look.italic());
            if (look.underline()) {
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
            run.setStrikeThrough(look.strike());
            if (look.align() != VerticalAlign.BASELINE) {
                run.setVerticalAlignment(look.align().toString().toLowerCase(java.util.Locale.ROOT));
            }
        }

        private XWPFParagraph open() {
            if (current == null) {
                current = flow.next().get();
                current.setAlignment(alignment);
                if (numId != null) {
                    current.setNumID(numId);
                    current.setNumILvl(BigInteger.valueOf(level));
                } else if (flow.indent() > 0) {
                    current.setIndentationLeft(flow.indent());
                }
                if (numId == null && flow.firstLine() && alignment == ParagraphAlignment.BOTH) {
                    current.setIndentationFirstLine(640);
                }
            }
            return current;
        }

        /** A picture at its size at 96 dpi, scaled down to the text's width when wider. */
        private void picture(ExportPictures.Picture picture) {
            current = null;
            XWPFParagraph p = flow.next().get();
            p.setAlignment(ParagraphAlignment.CENTER);
            double width = picture.width() * POINTS_PER_PIXEL;
            double height = picture.height() * POINTS_PER_PIXEL;
            double scale = Math.min(1, (TEXT_WIDTH_POINTS - flow.indent() / 20.0) / width);
            try (var content = picture.open()) {
                p.createRun()
                        .addPicture(
                                content,
                                PICTURE_TYPES.get(picture.format()),
                                "picture-" + picture.blobId() + "." + picture.format(),
                                Units.toEMU(width * scale),
                                Units.toEMU(height * scale));
            } catch (IOException | InvalidFormatException e) {
                log.warn("Picture {} left out of a Word export: {}", picture.blobId(), e.toString());
            }
        }
    }

    private static ParagraphAlignment alignment(Element e) {
        String classes = e.className();
        if (classes.contains("text-center")) {
            return ParagraphAlignment.CENTER;
        }
        if (classes.contains("text-end") || classes.contains("text-right")) {
            return ParagraphAlignment.RIGHT;
        }
        return e.normalName().startsWith("h") ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH;
    }

    private static int parse(String number, int otherwise) {
        try {
            return Math.max(0, Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
