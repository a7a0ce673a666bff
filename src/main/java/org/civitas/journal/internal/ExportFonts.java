package org.civitas.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled CJK font (Noto Serif SC, SIL Open Font License 1.1) that every PDF embeds, so that an
 * edition looks the same on every machine. The build puts it under {@code fonts/} (see the pom); it is
 * read once and kept in memory, as each export embeds the subset it uses.
 */
@Component
class ExportFonts {

    private volatile byte[] regular;
    private volatile byte[] bold;

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

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The bundled font " + path + " is missing: build with Maven, which fetches it", e);
        }
    }
}
