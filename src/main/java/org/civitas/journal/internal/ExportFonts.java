package org.civitas.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The bundled CJK font (Noto Serif SC, SIL Open Font License 1.1) that every PDF embeds (and Noto Serif
 * Tibetan for the Tibetan script), so that an
 * edition looks the same on every machine. The build puts it under {@code fonts/} (see the pom); each
 * weight is read and parsed once, on first use, and kept: parsing a 15 MB CJK font took most of an
 * export's time when each export did it again. PDFBox shares parsed fonts between documents and
 * threads itself (its font mapper does), reading tables under the font's own lock, and each document
 * makes its own subset of them.
 */
@Component
class ExportFonts {

    private final SingletonSupplier<TrueTypeFont> regular =
            SingletonSupplier.of(() -> parse(read("fonts/NotoSerifSC-Regular.ttf")));
    private final SingletonSupplier<TrueTypeFont> bold =
            SingletonSupplier.of(() -> parse(read("fonts/NotoSerifSC-Bold.ttf")));

    private final SingletonSupplier<byte[]> tibetanRegular =
            SingletonSupplier.of(() -> read("fonts/NotoSerifTibetan-Regular.ttf"));
    private final SingletonSupplier<byte[]> tibetanBold =
            SingletonSupplier.of(() -> read("fonts/NotoSerifTibetan-Bold.ttf"));

    /**
     * Noto Serif Tibetan (OFL 1.1) as TrueType bytes, read once: the fallback for the Tibetan script,
     * which the CJK font lacks (without it Tibetan came out as {@code ####}). It is small, so each
     * document parses its own copy.
     */
    byte[] tibetan(boolean bold) {
        return (bold ? tibetanBold : tibetanRegular).obtain();
    }

    /** The regular weight, parsed once; never close it. */
    TrueTypeFont regularFont() {
        return regular.obtain();
    }

    /** The bold weight, parsed once; never close it. */
    TrueTypeFont boldFont() {
        return bold.obtain();
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
