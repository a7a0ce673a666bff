package org.civitas.storage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.storage.web.ByteRange.Kind;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final String ETAG = "\"abc\"";

    @Test
    void noRangeMeansTheWholeContent() {
        assertThat(ByteRange.select(null, null, ETAG, 100)).isEqualTo(new ByteRange(Kind.WHOLE, 0, 100));
    }

    @Test
    void singleRangesInAllForms() {
        assertThat(ByteRange.select("bytes=10-19", null, ETAG, 100)).isEqualTo(new ByteRange(Kind.PARTIAL, 10, 10));
        assertThat(ByteRange.select("bytes=90-", null, ETAG, 100)).isEqualTo(new ByteRange(Kind.PARTIAL, 90, 10));
        assertThat(ByteRange.select("bytes=-5", null, ETAG, 100)).isEqualTo(new ByteRange(Kind.PARTIAL, 95, 5));
        assertThat(ByteRange.select("bytes=-500", null, ETAG, 100)).isEqualTo(new ByteRange(Kind.PARTIAL, 0, 100));
        assertThat(ByteRange.select("bytes=50-5000", null, ETAG, 100)).isEqualTo(new ByteRange(Kind.PARTIAL, 50, 50));
        assertThat(ByteRange.select("bytes=10-19", null, ETAG, 100).end()).isEqualTo(19);
    }

    @Test
    void rangesBeyondTheEndAreUnsatisfiable() {
        assertThat(ByteRange.select("bytes=100-", null, ETAG, 100).kind()).isEqualTo(Kind.UNSATISFIABLE);
        assertThat(ByteRange.select("bytes=-0", null, ETAG, 100).kind()).isEqualTo(Kind.UNSATISFIABLE);
        assertThat(ByteRange.select("bytes=0-", null, ETAG, 0).kind()).isEqualTo(Kind.UNSATISFIABLE);
    }

    @Test
    void malformedMultipleOrOutdatedRangesGetTheWholeContent() {
        assertThat(ByteRange.select("bytes=abc", null, ETAG, 100).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.select("items=1-2", null, ETAG, 100).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.select("bytes=5-2", null, ETAG, 100).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.select("bytes=0-1,5-6", null, ETAG, 100).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.select("bytes=0-1", "\"other\"", ETAG, 100).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.select("bytes=0-1", ETAG, ETAG, 100).kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void attachmentNamesCarryAnAsciiFallbackAndTheExactUtf8Name() {
        assertThat(DownloadSender.attachment("年度报告 2024.pdf"))
                .isEqualTo("attachment; filename=\"____ 2024.pdf\"; "
                        + "filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%202024.pdf");
        assertThat(DownloadSender.attachment("a\"b\\c.txt"))
                .isEqualTo("attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
    }
}
