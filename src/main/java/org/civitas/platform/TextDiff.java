package org.civitas.platform;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable, side-by-side difference between two versions of a text (an article, a submission),
 * for editors comparing versions. Lines are matched with Myers' algorithm (java-diff-utils); within a
 * changed line the words that differ are marked, where a "word" is one Chinese character or a run of
 * Latin letters and digits, so that an edit of one character in a Chinese sentence marks that
 * character and not the whole line. Rich text is compared as the plain text its readers see.
 *
 * <p>The result is data, not markup: templates render it with escaping (see
 * {@code templates/admin/fragments/diff.html}), so nothing in the compared texts can inject HTML.
 */
public final class TextDiff {

    /** Words: a run of Latin letters/digits, or any other single character (each CJK character, space, punctuation). */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}_]+|[\\s\\S]");

    private TextDiff() {}

    public enum Kind {
        SAME,
        ADDED,
        REMOVED,
        CHANGED,
        /** Unchanged lines left out by {@link Result#collapsed(int)}; {@link Row#skipped()} says how many. */
        SKIPPED
    }

    /** Part of a line; {@code changed} parts are the ones that differ from the other side. */
    public record Segment(String text, boolean changed) {}

    /**
     * One row of the side-by-side view.
     *
     * @param oldLine line number in the earlier text (1-based), 0 when the row has no earlier side
     * @param newLine line number in the later text (1-based), 0 when the row has no later side
     */
    public record Row(Kind kind, int oldLine, int newLine, List<Segment> before, List<Segment> after, int skipped) {

        static Row same(int oldLine, int newLine, String text) {
            List<Segment> segments = List.of(new Segment(text, false));
            return new Row(Kind.SAME, oldLine, newLine, segments, segments, 0);
        }
    }

    /** The rows and how many lines were added, removed and changed. */
    public record Result(List<Row> rows, int added, int removed, int changed) {

        public boolean identical() {
            return added == 0 && removed == 0 && changed == 0;
        }

        /**
         * The same rows with each run of unchanged lines longer than {@code 2 × context + 1} cut down to
         * {@code context} lines on either side of a change and one {@link Kind#SKIPPED} row.
         */
        public Result collapsed(int context) {
            List<Row> out = new ArrayList<>();
            int i = 0;
            while (i < rows.size()) {
                if (rows.get(i).kind() != Kind.SAME) {
                    out.add(rows.get(i++));
                    continue;
                }
                int end = i;
                while (end < rows.size() && rows.get(end).kind() == Kind.SAME) {
                    end++;
                }
                int keepHead = i == 0 ? 0 : context;
                int keepTail = end == rows.size() ? 0 : context;
                if (end - i > keepHead + keepTail + 1) {
                    out.addAll(rows.subList(i, i + keepHead));
                    int skipped = end - i - keepHead - keepTail;
                    out.add(new Row(Kind.SKIPPED, 0, 0, List.of(), List.of(), skipped));
                    out.addAll(rows.subList(end - keepTail, end));
                } else {
                    out.addAll(rows.subList(i, end));
                }
                i = end;
            }
            return new Result(List.copyOf(out), added, removed, changed);
        }
    }

    /** Compares two plain texts line by line; {@code null} counts as empty. */
    public static Result compare(String before, String after) {
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        List<Row> rows = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int changed = 0;
        int oldPos = 0;
        int newPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            int deltaOld = delta.getSource().getPosition();
            while (oldPos < deltaOld) {
                rows.add(Row.same(oldPos + 1, newPos + 1, oldLines.get(oldPos)));
                oldPos++;
                newPos++;
            }
            List<String> removedLines = delta.getSource().getLines();
            List<String> addedLines = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removedLines.size(), addedLines.size()) : 0;
            for (int k = 0; k < paired; k++) {
                rows.add(changedRow(oldPos + k + 1, newPos + k + 1, removedLines.get(k), addedLines.get(k)));
                changed++;
            }
            for (int k = paired; k < removedLines.size(); k++) {
                rows.add(new Row(
                        Kind.REMOVED,
                        oldPos + k + 1,
                        0,
                        List.of(new Segment(removedLines.get(k), true)),
                        List.of(),
                        0));
                removed++;
            }
            for (int k = paired; k < addedLines.size(); k++) {
                rows.add(new Row(
                        Kind.ADDED, 0, newPos + k + 1, List.of(), List.of(new Segment(addedLines.get(k), true)), 0));
                added++;
            }
            oldPos += removedLines.size();
            newPos += addedLines.size();
        }
        while (oldPos < oldLines.size()) {
            rows.add(Row.same(oldPos + 1, newPos + 1, oldLines.get(oldPos)));
            oldPos++;
            newPos++;
        }
        return new Result(List.copyOf(rows), added, removed, changed);
    }

    /** Compares two rich texts as the plain text their readers see (see {@link RichText#toPlainText}). */
    public static Result compareRichText(String beforeHtml, String afterHtml) {
        return compare(RichText.toPlainText(beforeHtml), RichText.toPlainText(afterHtml));
    }

    private static Row changedRow(int oldLine, int newLine, String before, String after) {
        List<String> oldWords = words(before);
        List<String> newWords = words(after);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int oldPos = 0;
        int newPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            append(left, oldWords.subList(oldPos, delta.getSource().getPosition()), false);
            append(right, newWords.subList(newPos, delta.getTarget().getPosition()), false);
            append(left, delta.getSource().getLines(), true);
            append(right, delta.getTarget().getLines(), true);
            oldPos = delta.getSource().getPosition() + delta.getSource().size();
            newPos = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        append(left, oldWords.subList(oldPos, oldWords.size()), false);
        append(right, newWords.subList(newPos, newWords.size()), false);
        return new Row(Kind.CHANGED, oldLine, newLine, List.copyOf(left), List.copyOf(right), 0);
    }

    /** Appends words as one segment, merged with the previous one when it has the same flag. */
    private static void append(List<Segment> segments, List<String> words, boolean changed) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!segments.isEmpty() && segments.getLast().changed() == changed) {
            Segment last = segments.removeLast();
            segments.add(new Segment(last.text() + text, changed));
        } else {
            segments.add(new Segment(text, changed));
        }
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
