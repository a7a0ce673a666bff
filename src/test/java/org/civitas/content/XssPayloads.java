package org.civitas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shared list of known XSS vectors and a check that stored HTML holds nothing executable. */
final class XssPayloads {

    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private XssPayloads() {}

    static List<String> all() throws IOException {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/richtext/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    static void assertInert(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).as(html).doesNotContain("<script", "javascript:", "vbscript:", "<iframe", "<svg", "<object");
        assertThat(EVENT_HANDLER.matcher(html).find()).as(html).isFalse();
    }
}
