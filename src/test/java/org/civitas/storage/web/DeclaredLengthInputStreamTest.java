package org.civitas.storage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DeclaredLengthInputStreamTest {

    @Test
    void aBodyOfTheDeclaredLengthReadsToItsEnd() throws IOException {
        var body = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[10]), 10);

        assertThat(body.readAllBytes()).hasSize(10);
        assertThat(body.read()).isEqualTo(-1);
    }

    @Test
    void aBodyThatEndsEarlyFailsInsteadOfEnding() {
        var body = new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[7]), 10);

        assertThatThrownBy(body::readAllBytes)
                .isInstanceOfSatisfying(DeclaredLengthInputStream.IncompleteUploadException.class, e -> {
                    assertThat(e.received()).isEqualTo(7);
                    assertThat(e.declared()).isEqualTo(10);
                });
    }

    @Test
    void anEmptyBodyDeclaredEmptyIsFine() throws IOException {
        assertThat(new DeclaredLengthInputStream(new ByteArrayInputStream(new byte[0]), 0).read())
                .isEqualTo(-1);
    }
}
