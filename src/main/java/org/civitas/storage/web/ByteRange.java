package org.civitas.storage.web;

import java.util.List;
import org.springframework.http.HttpRange;

/**
 * The part of a blob a download sends, chosen from the {@code Range} and {@code If-Range} headers.
 * Only single ranges are honoured; a malformed, multiple or outdated ({@code If-Range}) range gets
 * the whole content, as RFC 9110 allows.
 */
record ByteRange(Kind kind, long start, long length) {

    enum Kind {
        WHOLE,
        PARTIAL,
        UNSATISFIABLE
    }

    static ByteRange select(String range, String ifRange, String etag, long size) {
        ByteRange whole = new ByteRange(Kind.WHOLE, 0, size);
        if (range == null || (ifRange != null && !ifRange.strip().equals(etag))) {
            return whole;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(range);
        } catch (IllegalArgumentException e) {
            return whole;
        }
        if (ranges.size() != 1) {
            return whole;
        }
        long start = ranges.getFirst().getRangeStart(size);
        long end = ranges.getFirst().getRangeEnd(size);
        if (start >= size || end < start) {
            return new ByteRange(Kind.UNSATISFIABLE, 0, 0);
        }
        return new ByteRange(Kind.PARTIAL, start, end - start + 1);
    }

    long end() {
        return start + length - 1;
    }
}
