package org.civitas.publishing.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civitas.content.DisclosureFilter;

/** The query string of a filtered disclosure catalogue; the unfiltered one has none (and is a static file). */
public final class DisclosureQuery {

    private DisclosureQuery() {}

    public static String of(DisclosureFilter filter) {
        List<String> parts = new ArrayList<>();
        add(parts, "subject", filter.subjectCategory());
        add(parts, "authority", filter.issuingAuthority());
        add(parts, "year", filter.year() == null ? null : String.valueOf(filter.year()));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The filter of request parameters; blank and malformed values do not filter. */
    public static DisclosureFilter parse(String subject, String authority, String year) {
        Integer y = null;
        if (year != null && year.strip().matches("\\d{4}")) {
            y = Integer.valueOf(year.strip());
        }
        return new DisclosureFilter(blank(subject), blank(authority), y);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
