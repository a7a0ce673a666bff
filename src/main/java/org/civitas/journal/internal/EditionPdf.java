package org.civitas.journal.internal;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link EditionDocument} to PDF with the bundled font embedded (as a subset). The fonts come
 * parsed from {@link ExportFonts}; each document loads them into itself and embeds the glyphs it uses. The items'
 * pictures are read from the blob store ({@link ExportPictures}); no other address is followed.
 */
@Component
class EditionPdf {

    static final String TIBETAN_FAMILY = "Noto Serif Tibetan";

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
            // Tibetan (阿坝州's second script) falls back to Noto Serif Tibetan whatever font-family a body names
            for (int weight : new int[] {400, 700}) {
                byte[] tibetan = fonts.tibetan(weight == 700);
                builder.useFont(
                        () -> new ByteArrayInputStream(tibetan),
                        TIBETAN_FAMILY,
                        weight,
                        FontStyle.NORMAL,
                        true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
            }
            // pictures come from the blob store only; nothing in a body makes the export reach out to the network
            builder.useUriResolver(
                    (base, uri) -> document.pictures().pictureAt(uri).isPresent() ? uri : null);
            builder.useProtocolsStreamImplementation(
                    uri -> new PictureStream(document.pictures(), uri), ExportPictures.SCHEME);
            builder.withHtmlContent(document.xhtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toUnicode.repair(out.toByteArray());
    }

    /** An embedded picture's bytes; a picture that cannot be read is left out (openhtmltopdf skips a null stream). */
    private record PictureStream(ExportPictures pictures, String uri) implements FSStream {

        @Override
        public InputStream getStream() {
            return pictures.pictureAt(uri).map(ExportPictures.Picture::open).orElse(null);
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }
}
