package org.civitas.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.civitas.journal.EditionView;
import org.civitas.journal.PictureAddresses;
import org.civitas.platform.RichText;
import org.junit.jupiter.api.Test;

class PictureReferencesTest {

    private final PictureReferences references = new PictureReferences(List.of(new PictureAddresses() {
        @Override
        public OptionalLong blobId(String src) {
            return src.startsWith("/files/") ? OptionalLong.of(Long.parseLong(src.substring(7))) : OptionalLong.empty();
        }

        @Override
        public boolean usable(long blobId) {
            return false;
        }
    }));

    @Test
    void recognisesTheEditionsStoragesAndOtherModulesAddressesOnly() {
        assertThat(references.blobId("/admin/editions/3/pictures/42")).hasValue(42);
        assertThat(references.blobId("/api/v1/blobs/7")).hasValue(7);
        assertThat(references.blobId(" /files/9 ")).hasValue(9);
        assertThat(references.blobId("/api/v1/blobs/7/other")).isEmpty();
        assertThat(references.blobId("https://example.org/api/v1/blobs/7")).isEmpty();
        assertThat(references.blobId("/admin/editions/x/pictures/1")).isEmpty();
        assertThat(references.blobId("")).isEmpty();
        assertThat(references.blobId(null)).isEmpty();
    }

    @Test
    void rewritesOnlyStoredPicturesAndKeepsTheRestWellFormed() {
        String body = RichText.clean("<p>甲&amp;乙<br>说明</p><p><img src=\"/files/5\" alt=\"现场\" width=\"300\">"
                + "<img src=\"https://example.org/a.png\"><img src=\"/api/v1/blobs/6\"></p><p></p>");
        String rewritten = references.rewrite(body, id -> id == 5 ? "/admin/editions/1/pictures/5" : null);
        assertThat(rewritten)
                .contains("<img src=\"/admin/editions/1/pictures/5\" alt=\"现场\" width=\"300\" />")
                .contains("<img src=\"https://example.org/a.png\" />")
                .doesNotContain("/api/v1/blobs/6")
                .contains("甲&amp;乙<br />说明");
        assertThat(RichText.clean(rewritten)).isEqualTo(RichText.clean(rewritten.replace(" />", ">")));
        // bodies without a stored picture come back as they are
        String plain = RichText.clean("<p>只有文字<img src=\"https://example.org/a.png\"></p>");
        assertThat(references.rewrite(plain, id -> "x")).isSameAs(plain);
    }

    @Test
    void findsThePicturesAnEditionShowsInOrder() {
        var item = new EditionView.Item(
                1L,
                "题",
                "<p><img src=\"/files/8\"><img src=\"/api/v1/blobs/3\"><img src=\"/files/8\"></p>",
                List.of(),
                null,
                null);
        var edition = new EditionView(
                1L,
                1L,
                "刊",
                null,
                "PUBLIC",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "a",
                null,
                null,
                null,
                null,
                null,
                List.of(new EditionView.Section(1L, "", List.of(item))),
                0L);
        assertThat(references.shownBy(edition)).containsExactly(8L, 3L);
    }
}
