package org.civitas.journal.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Renders an {@link EditionDocument} to PDF with the bundled font embedded (as a subset). */
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
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> new ByteArrayInputStream(fonts.regular()),
                    EditionDocument.FONT_FAMILY,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new ByteArrayInputStream(fonts.bold()),
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
