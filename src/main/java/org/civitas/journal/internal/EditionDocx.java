package org.civitas.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.Borders;
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
 * Word substitutes on machines without them, and the PDF is the copy of record.
 */
@Component
class EditionDocx {

    private static final String RED = "D40000";
    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    /** Twips per millimetre. */
    private static final double MM = 56.7;

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
                    for (String text : RichText.toPlainText(item.bodyHtml()).split("\n")) {
                        if (!text.isBlank()) {
                            XWPFParagraph body = paragraph(doc, ParagraphAlignment.BOTH);
                            body.setIndentationFirstLine(640);
                            run(body, text.strip(), BODY_FONT, 16, false, null);
                        }
                    }
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
