package org.civitas.search.internal;

/** What a visitor typed, made safe to search with: control characters gone, length bounded. */
record QueryText(String text, boolean truncated) {

    static QueryText of(String raw, int max) {
        if (raw == null) {
            return new QueryText("", false);
        }
        String clean = raw.replaceAll("[\\p{Cntrl}\\u0002\\u0003]", " ").strip();
        if (clean.codePointCount(0, clean.length()) > max) {
            int end = clean.offsetByCodePoints(0, max);
            return new QueryText(clean.substring(0, end).strip(), true);
        }
        return new QueryText(clean, false);
    }

    boolean empty() {
        return text.isEmpty();
    }
}
