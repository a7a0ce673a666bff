package org.civitas.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.trusted.BlobReader;
import org.junit.jupiter.api.Test;

class ExportPicturesTest {

    private static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** Blobs 1 (a PNG), 2 (text declared as a PNG) and 3 (declared larger than the limit); nothing else. */
    private static ExportPictures pictures() throws IOException {
        Map<Long, byte[]> content = Map.of(1L, png(30, 20), 2L, "不是图片".getBytes(), 3L, png(5, 5));
        BlobReader reader = new BlobReader() {
            @Override
            public Optional<BlobInfo> find(long id) {
                return Optional.ofNullable(content.get(id))
                        .map(c -> new BlobInfo(
                                id,
                                "0".repeat(64),
                                id == 3 ? ExportPictures.MAX_BYTES + 1 : c.length,
                                "image/png",
                                id + ".png",
                                "office",
                                Instant.EPOCH));
            }

            @Override
            public Optional<String> publicKey(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<BlobInfo> findByPublicKey(String key) {
                return Optional.empty();
            }

            @Override
            public InputStream open(long id, long offset, long length) {
                byte[] c = content.get(id);
                if (c == null) {
                    throw new NotFoundException("Blob", id);
                }
                return new ByteArrayInputStream(Arrays.copyOfRange(c, (int) offset, (int) (offset + length)));
            }
        };
        return new ExportPictures(new PictureReferences(List.of()), reader);
    }

    @Test
    void embedsReadablePicturesAndLeavesOutAbsentOversizedAndNonPictures() throws IOException {
        ExportPictures pictures = pictures();
        String body =
                "<p>甲<img src=\"/api/v1/blobs/1\" /><img src=\"/api/v1/blobs/2\" /><img src=\"/api/v1/blobs/3\" />"
                        + "<img src=\"/api/v1/blobs/4\" /><img src=\"https://example.org/x.png\" />乙</p>";
        assertThat(pictures.forPdf(body))
                .isEqualTo("<p>甲<img src=\"edition-picture:1\" /><img src=\"https://example.org/x.png\" />乙</p>");
        assertThat(pictures.withMarkers(body, id -> "[" + id + "]"))
                .isEqualTo("<p>甲[1]<img src=\"https://example.org/x.png\" />乙</p>");
        assertThat(pictures.picture(1))
                .hasValueSatisfying(p ->
                        assertThat(List.of(p.format(), p.width(), p.height())).containsExactly("png", 30, 20));
        assertThat(pictures.pictureAt("edition-picture:1")).isPresent();
        assertThat(pictures.pictureAt("edition-picture:2")).isEmpty();
        assertThat(pictures.pictureAt("edition-picture:x")).isEmpty();
        assertThat(pictures.pictureAt("https://example.org/x.png")).isEmpty();
    }
}
