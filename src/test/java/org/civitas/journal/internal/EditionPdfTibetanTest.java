package org.civitas.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionView;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalView;
import org.civitas.storage.trusted.BlobReader;
import org.junit.jupiter.api.Test;

/**
 * An edition carrying Tibetan (阿坝州) embeds a font that covers the Tibetan block, and its text extracts
 * back as Tibetan: before the bundled Tibetan fallback, openhtmltopdf drew each Tibetan letter as {@code #}.
 */
class EditionPdfTibetanTest {

    static final String TIBETAN = "བོད་ལུགས་ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།";

    @Test
    void tibetanItemsEmbedATibetanFontAndExtractAsTibetan() throws IOException {
        ExportFonts fonts = new ExportFonts();
        EditionPdf pdf = new EditionPdf(fonts, new ToUnicodeRepair(fonts));
        byte[] bytes = pdf.render(document("<p lang=\"bo\">" + TIBETAN + "</p><p>藏历新年通知</p>"));

        // kept for a person to look at (pdftoppm -png target/edition-tibetan.pdf)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "edition-tibetan.pdf"), bytes);

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDFont> fontsUsed = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fontsUsed.add(page.getResources().getFont(name));
                }
            }
            assertThat(fontsUsed)
                    .as("a font embedded in the PDF draws U+0F40 (ཀ)")
                    .anySatisfy(font -> {
                        assertThat(font).isInstanceOf(PDType0Font.class);
                        assertThat(font.isEmbedded()).isTrue();
                        assertThat(drawsWithOutline((PDType0Font) font, "ཀ")).isTrue();
                        assertThat(font.getName()).contains("NotoSerifTibetan");
                    });
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("བོད")
                    .contains("ལོ་གསར")
                    .contains("བཀྲ་ཤིས")
                    .contains("藏历新年通知")
                    .doesNotContain("####");
        }
    }

    /** Whether the font maps a code to {@code character} (its ToUnicode map) and draws that code with a real outline. */
    private static boolean drawsWithOutline(PDType0Font font, String character) throws IOException {
        PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
        for (int code = 1; code < 0x10000; code++) {
            if (character.equals(font.toUnicode(code))) {
                return cid.codeToGID(code) > 0
                        && !cid.getPath(code).getBounds2D().isEmpty();
            }
        }
        return false;
    }

    private static EditionDocument document(String body) {
        JournalView journal = new JournalView(
                1,
                "abzx",
                "阿坝信息",
                JournalLevel.MUNICIPAL,
                "{year}年第{number}期",
                "INTERNAL",
                List.of(),
                List.of(),
                null,
                "阿坝州人民政府办公室",
                JournalLayout.RED_MASTHEAD,
                null,
                0);
        EditionView.Item item =
                new EditionView.Item(1, "藏历新年 ལོ་གསར།", body, List.of(), "manual", "1", ItemUse.FULL_TEXT, "INTERNAL");
        EditionView edition = new EditionView(
                1,
                1,
                "阿坝信息",
                EditionState.DRAFT,
                "INTERNAL",
                null,
                2026,
                1,
                1,
                null,
                LocalDate.of(2026, 2, 1),
                null,
                "office",
                null,
                Instant.EPOCH,
                null,
                null,
                null,
                List.of(new EditionView.Section(1, "", List.of(item))),
                0);
        ExportPictures pictures = new ExportPictures(new PictureReferences(List.of()), mock(BlobReader.class));
        return new EditionDocument(journal, edition, "内部", null, pictures);
    }
}
