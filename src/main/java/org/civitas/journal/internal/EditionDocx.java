package org.civitas.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.stream.Collectors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionView;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;

/**
 * An edition as a Word document for further editing on office machines, laid out like the PDF. It
 * names the fonts government offices have (宋体 for titles, 仿宋 for the body) instead of embedding one:
 * Word substitutes on machines without them, and the PDF is the copy of record. A4 with the margins and
 * page numbers of official documents; the items' text keeps its structure ({@link DocxBody}).
 */
@Component
class EditionDocx {

    private static final String RED = "D40000";
    private static final String TITLE_FONT = DocxBody.TITLE_FONT;
    private static final String BODY_FONT = DocxBody.BODY_FONT;
    /** Twips per millimetre. */
    static final double MM = 1440 / 25.4;

    byte[] render(EditionDocument document) {
        EditionView edition = document.edition();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            page(doc);
            run(paragraph(doc, ParagraphAlignment.LEFT), document.labelName(), TITLE_FONT, 14, true, null);
            run(paragraph(doc, ParagraphAlignment.CENTER), document.journal().name(), TITLE_FONT, 40, true, RED);
            run(paragraph(doc, ParagraphAlignment.CENTER), document.numberLine(), BODY_FONT, 15, false, null);
            XWPFParagraph office = paragraph(doc, ParagraphAlignment.LEFT);
            // the paragraph has its properties already (alignment): a second w:pPr made Word ask to repair the file
            CTTabStop tab = office.getCTP().getPPr().addNewTabs().addNewTab();
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
                    new DocxBody(doc, document.pictures()).write(item.bodyHtml());
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

    /** A4 with the margins of official documents (GB/T 9704), and the page number centred in the footer as — N —. */
    private static void page(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        margin.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        margin.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        margin.setRight(BigInteger.valueOf(Math.round(26 * MM)));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().getFirst();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "— ", BODY_FONT, 14, false, null);
        var field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        run(number, " —", BODY_FONT, 14, false, null);
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
