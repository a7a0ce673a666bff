package org.civitas.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled CJK font (Noto Serif SC, SIL Open Font License 1.1) that every PDF embeds, so that an
 * edition looks the same on every machine. The build puts it under {@code fonts/} (see the pom); it is
 * read once and kept in memory, as each export embeds the subset it uses.
 *
 * <p>The fonts are also kept parsed: parsing a 15 MB CJK font took most of an export's time when each
 * export did it again. PDFBox shares parsed fonts between documents and threads itself (its font mapper
 * does), reading tables under the font's own lock, and each document makes its own subset of them.
 */
@Component
class ExportFonts {

    private volatile byte[] regular;
    private volatile byte[] bold;
    private volatile TrueTypeFont regularFont;
    private volatile TrueTypeFont boldFont;

    byte[] regular() {
        if (regular == null) {
            regular = read("fonts/NotoSerifSC-Regular.ttf");
        }
        return regular;
    }

    byte[] bold() {
        if (bold == null) {
            bold = read("fonts/NotoSerifSC-Bold.ttf");
        }
        return bold;
    }

    /** The regular weight, parsed once; never close it. */
    TrueTypeFont regularFont() {
        TrueTypeFont font = regularFont;
        if (font == null) {
            synchronized (this) {
                if (regularFont == null) {
                    regularFont = parse(regular());
                }
                font = regularFont;
            }
        }
        return font;
    }

    /** The bold weight, parsed once; never close it. */
    TrueTypeFont boldFont() {
        TrueTypeFont font = boldFont;
        if (font == null) {
            synchronized (this) {
                if (boldFont == null) {
                    boldFont = parse(bold());
                }
                font = boldFont;
            }
        }
        return font;
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The bundled font " + path + " is missing: build with Maven, which fetches it", e);
        }
    }
}
