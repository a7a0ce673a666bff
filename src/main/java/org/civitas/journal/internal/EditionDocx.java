package org.civitas.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionView;
import org.civitas.platform.RichText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;

/**
 * An edition as a Word document for further editing on office machines, laid out like the PDF. It
 * names the fonts government offices have (宋体 for titles, 仿宋 for the body) instead of embedding one:
 * Word substitutes on machines without them, and the PDF is the copy of record. The items' pictures are
 * embedded where they stand in the text, no wider than the text.
 */
@Component
class EditionDocx {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EditionDocx.class);
    private static final String RED = "D40000";
    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    /** Twips per millimetre. */
    private static final double MM = 56.7;
    /** The text's width on A4 between the margins below (210 - 28 - 26 mm), in points. */
    private static final double TEXT_WIDTH_POINTS = 156 / 25.4 * 72;
    /** Pictures carry no reliable resolution: they are laid out at the screen's 96 dpi, as browsers do. */
    private static final double POINTS_PER_PIXEL = 0.75;
    /** Stands for a picture in the body's plain text (a private-use character, which no text contains). */
    private static final String PICTURE_MARK = "\uE000";

    private static final Pattern PICTURE_MARKS = Pattern.compile(PICTURE_MARK + "(\\d+)" + PICTURE_MARK);
    private static final Map<String, Integer> PICTURE_TYPES = Map.of(
            "png", Document.PICTURE_TYPE_PNG,
            "jpeg", Document.PICTURE_TYPE_JPEG,
            "gif", Document.PICTURE_TYPE_GIF,
            "bmp", Document.PICTURE_TYPE_BMP);

    byte[] render(EditionDocument document) {
        EditionView edition = document.edition();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            margins(doc);
            run(paragraph(doc, ParagraphAlignment.LEFT), document.labelName(), TITLE_FONT, 14, true, null);
            run(paragraph(doc, ParagraphAlignment.CENTER), document.journal().name(), TITLE_FONT, 40, true, RED);
            run(paragraph(doc, ParagraphAlignment.CENTER), document.numberLine(), BODY_FONT, 15, false, null);
            XWPFParagraph office = paragraph(doc, ParagraphAlignment.LEFT);
            CTTabStop tab = office.getCTP().addNewPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(Math.round(156 * MM)));
            XWPFRun line = run(office, document.journal().issuingOffice(), BODY_FONT, 14, false, null);
            line.addTab();
            line.setText(document.dateLine());
            office.setBorderBottom(Borders.SINGLE);
            var bottom = office.getCTP().getPPr().getPBdr().getBottom();
            bottom.setColor(RED);
            bottom.setSz(BigInteger.valueOf(18));
            if (edition.editorNote() != null) {
                XWPFParagraph note = paragraph(doc, ParagraphAlignment.LEFT);
                run(note, "编者按：", BODY_FONT, 14, true, null);
                run(note, edition.editorNote(), BODY_FONT, 14, false, null);
            }
            for (EditionView.Section section : edition.sections()) {
                if (!section.title().isEmpty()) {
                    run(paragraph(doc, ParagraphAlignment.LEFT), section.title(), TITLE_FONT, 16, true, null);
                }
                for (EditionView.Item item : section.items()) {
                    run(paragraph(doc, ParagraphAlignment.CENTER), item.title(), TITLE_FONT, 18, true, null);
                    body(doc, item.bodyHtml(), document.pictures());
                    if (!item.credits().isEmpty()) {
                        String units = item.credits().stream()
                                .map(Credit::organisationName)
                                .collect(Collectors.joining("、"));
                        run(paragraph(doc, ParagraphAlignment.RIGHT), "（" + units + " 供稿）", BODY_FONT, 14, false, null);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's text as indented paragraphs, and its pictures where they stand, each centred in its own paragraph. */
    private static void body(XWPFDocument doc, String bodyHtml, ExportPictures pictures) {
        String marked = pictures.withMarkers(bodyHtml, blobId -> PICTURE_MARK + blobId + PICTURE_MARK);
        for (String line : RichText.toPlainText(marked).split("\n")) {
            Matcher mark = PICTURE_MARKS.matcher(line);
            int start = 0;
            while (mark.find()) {
                text(doc, line.substring(start, mark.start()));
                pictures.picture(Long.parseLong(mark.group(1))).ifPresent(p -> picture(doc, p));
                start = mark.end();
            }
            text(doc, line.substring(start));
        }
    }

    private static void text(XWPFDocument doc, String text) {
        if (!text.isBlank()) {
            XWPFParagraph body = paragraph(doc, ParagraphAlignment.BOTH);
            body.setIndentationFirstLine(640);
            run(body, text.strip(), BODY_FONT, 16, false, null);
        }
    }

    /** A picture at its size at 96 dpi, scaled down to the text's width when wider. */
    private static void picture(XWPFDocument doc, ExportPictures.Picture picture) {
        double width = picture.width() * POINTS_PER_PIXEL;
        double height = picture.height() * POINTS_PER_PIXEL;
        double scale = Math.min(1, TEXT_WIDTH_POINTS / width);
        try (var content = picture.open()) {
            paragraph(doc, ParagraphAlignment.CENTER)
                    .createRun()
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

    private static void margins(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        margin.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        margin.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        margin.setRight(BigInteger.valueOf(Math.round(26 * MM)));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        return run;
    }
}
