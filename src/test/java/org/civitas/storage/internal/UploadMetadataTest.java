package org.civitas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civitas.platform.DomainException;
import org.junit.jupiter.api.Test;

class UploadMetadataTest {

    @Test
    void keepsOnlyTheLastPathSegmentOfAFileName() {
        assertThat(UploadMetadata.filename("C:\\Users\\张三\\报告.docx")).isEqualTo("报告.docx");
        assertThat(UploadMetadata.filename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadMetadata.filename("年度 报告.pdf")).isEqualTo("年度 报告.pdf");
    }

    @Test
    void dropsControlCharactersAndNeverReturnsBlank() {
        assertThat(UploadMetadata.filename("a\r\nb\u0000.txt")).isEqualTo("ab.txt");
        assertThat(UploadMetadata.filename(null)).isEqualTo(UploadMetadata.DEFAULT_FILENAME);
        assertThat(UploadMetadata.filename("  ")).isEqualTo(UploadMetadata.DEFAULT_FILENAME);
        assertThat(UploadMetadata.filename("dir/")).isEqualTo(UploadMetadata.DEFAULT_FILENAME);
        assertThat(UploadMetadata.filename("..")).isEqualTo(UploadMetadata.DEFAULT_FILENAME);
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String name = UploadMetadata.filename("文".repeat(300) + ".pdf");
        assertThat(name).hasSize(255).endsWith("文.pdf");
    }

    @Test
    void acceptsOnlyConcreteValidMediaTypes() {
        assertThat(UploadMetadata.contentType("image/png")).isEqualTo("image/png");
        assertThat(UploadMetadata.contentType("text/plain;charset=UTF-8")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(UploadMetadata.contentType(null)).isEqualTo("application/octet-stream");
        assertThat(UploadMetadata.contentType("not a type")).isEqualTo("application/octet-stream");
        assertThat(UploadMetadata.contentType("image/*")).isEqualTo("application/octet-stream");
    }

    @Test
    void normalisesChecksumsAndRefusesMalformedOnes() {
        String sha = "A".repeat(64);
        assertThat(UploadMetadata.sha256(" " + sha + " ")).isEqualTo("a".repeat(64));
        assertThat(UploadMetadata.sha256(null)).isNull();
        assertThat(UploadMetadata.sha256("")).isNull();
        assertThatThrownBy(() -> UploadMetadata.sha256("abc"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("storage.error.checksumInvalid"));
    }
}
