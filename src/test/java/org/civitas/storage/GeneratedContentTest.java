package org.civitas.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeneratedContentTest {

    @Test
    void anyRangeEqualsTheSameBytesOfTheWholeStream() throws IOException {
        byte[] whole = new GeneratedContent(1000, 7).readAllBytes();

        assertThat(whole).hasSize(1000);
        for (int start : new int[] {0, 1, 5, 8, 13, 999}) {
            for (int length : new int[] {0, 1, 3, 8, 9, 17}) {
                int n = Math.min(length, 1000 - start);
                assertThat(GeneratedContent.bytes(7, start, n)).isEqualTo(Arrays.copyOfRange(whole, start, start + n));
            }
        }
        assertThat(new GeneratedContent(1000, 8).readAllBytes()).isNotEqualTo(whole);
    }

    @Test
    void readsByteByByteAsInBlocks() throws IOException {
        var content = new GeneratedContent(20, 3);
        byte[] single = new byte[20];
        for (int i = 0; i < 20; i++) {
            single[i] = (byte) content.read();
        }
        assertThat(content.read()).isEqualTo(-1);
        assertThat(single).isEqualTo(new GeneratedContent(20, 3).readAllBytes());
    }
}
