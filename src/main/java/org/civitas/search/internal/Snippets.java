package org.civitas.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;

/**
 * Highlighted text as plain segments, each marked as a hit or not, so that themes and console pages
 * escape every character themselves and the highlighter never writes HTML into a page.
 */
public final class Snippets {

    static final String START = "\u0002";
    static final String END = "\u0003";
    private static final String BOUNDARIES = "。，；：！？、.,;:!? \t\n";

    /** A run of text; {@code hit} when it matched the query. */
    public record Segment(String text, boolean hit) {}

    private Snippets() {}

    /**
     * The highlighter both searches use: the fast vector highlighter, which reads where the words are
     * from the documents' term vectors instead of segmenting each hit's text again; one passage of about
     * {@code size} characters around the best match, starting after a Chinese or Latin punctuation mark
     * where one is near.
     */
    static HighlighterFinalStep highlighter(SearchHighlighterFactory h, int size) {
        return h.fastVector()
                .tag(START, END)
                .fragmentSize(size)
                .numberOfFragments(1)
                .boundaryScanner()
                .chars()
                .boundaryChars(BOUNDARIES)
                .end();
    }

    static List<Segment> parse(String highlighted) {
        List<Segment> segments = new ArrayList<>();
        if (highlighted == null) {
            return segments;
        }
        int at = 0;
        while (at < highlighted.length()) {
            int start = highlighted.indexOf(START, at);
            if (start < 0) {
                add(segments, highlighted.substring(at), false);
                break;
            }
            add(segments, highlighted.substring(at, start), false);
            int end = highlighted.indexOf(END, start + 1);
            if (end < 0) {
                add(segments, highlighted.substring(start + 1), true);
                break;
            }
            add(segments, highlighted.substring(start + 1, end), true);
            at = end + 1;
        }
        return segments;
    }

    static List<Segment> plain(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        return List.of(new Segment(cut, false));
    }

    private static void add(List<Segment> segments, String text, boolean hit) {
        String clean = text.replace(START, "").replace(END, "").replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            return;
        }
        // the highlighter marks each word of a phrase on its own: one mark for words that touch
        if (hit && !segments.isEmpty() && segments.getLast().hit()) {
            segments.set(segments.size() - 1, new Segment(segments.getLast().text() + clean, true));
        } else {
            segments.add(new Segment(clean, hit));
        }
    }
}
