package org.civitas.journal.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link EditionDocument} to PDF with the bundled font embedded (as a subset). The fonts come
 * parsed from {@link ExportFonts}; each document loads them into itself and embeds the glyphs it uses.
 */
@Component
class EditionPdf {

    private final ExportFonts fonts;
    private final ToUnicodeRepair toUnicode;

    EditionPdf(ExportFonts fonts, ToUnicodeRepair toUnicode) {
        this.fonts = fonts;
        this.toUnicode = toUnicode;
    }

    byte[] render(EditionDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(pdf, fonts.regularFont(), true)),
                    EditionDocument.FONT_FAMILY,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(pdf, fonts.boldFont(), true)),
                    EditionDocument.FONT_FAMILY,
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(document.xhtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toUnicode.repair(out.toByteArray());
    }
}
