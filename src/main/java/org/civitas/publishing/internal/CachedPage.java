package org.civitas.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page kept in memory with everything a response needs precomputed: the bytes, their
 * gzip form (when smaller), a strong ETag per encoding and the Last-Modified header.
 */
public record CachedPage(
        String contentType,
        byte[] plain,
        byte[] gzip,
        String etag,
        String gzipEtag,
        long lastModified,
        String lastModifiedHeader) {

    static CachedPage of(RenderedPage page, Instant renderedAt) {
        byte[] plain = page.body();
        byte[] gzip = gzip(plain);
        String hash = hash(plain);
        Instant seconds = renderedAt.truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(
                page.contentType(),
                plain,
                gzip.length < plain.length ? gzip : null,
                "\"" + hash + "\"",
                "\"" + hash + "-gz\"",
                seconds.toEpochMilli(),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(seconds.atOffset(ZoneOffset.UTC)));
    }

    /** Memory the page takes, for the cache's weight bound. */
    int weight() {
        return plain.length + (gzip == null ? 0 : gzip.length) + 256;
    }

    /** Whether an {@code If-None-Match} header names this page (in either encoding). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] content) {
        var out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (var gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
