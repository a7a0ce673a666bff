package org.civitas.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rich text (HTML) written by users in the console, e.g. articles, submissions and letters. Every
 * piece of HTML that will be shown to others goes through {@link #sanitize(String)} before it is
 * stored: an allow-list keeps the formatting a government article needs (headings, lists, tables,
 * links, images, alignment classes) and drops everything that could run code (scripts, event
 * handlers, {@code javascript:} and {@code data:} URLs, frames, forms, SVG, inline styles).
 */
public final class RichText {

    /** Longest accepted input, in characters (about 2 MB of text). */
    public static final int MAX_LENGTH = 2 * 1024 * 1024;

    /** Comments, CDATA sections, doctypes and processing instructions, which the sanitizer drops silently. */
    private static final Pattern COMMENT_OR_DECLARATION = Pattern.compile("<[!?]");

    private RichText() {}

    /**
     * The safe form of {@code html}, and whether the allow-list removed something from it (a tag,
     * an attribute or a URL), so that a form can tell the user "some formatting was removed".
     */
    public record Result(String html, boolean changed) {}

    /**
     * Cleans user-supplied HTML. {@code null} gives an empty result.
     *
     * @throws DomainException {@code richtext.tooLarge} (argument: the limit) when longer than {@link #MAX_LENGTH}
     */
    public static Result sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return new Result("", false);
        }
        if (html.length() > MAX_LENGTH) {
            throw new DomainException("richtext.tooLarge", MAX_LENGTH);
        }
        List<String> removed = new ArrayList<>();
        String safe = RichTextPolicy.readable(RichTextPolicy.POLICY.sanitize(html, new RemovalRecorder(), removed));
        boolean droppedComments = COMMENT_OR_DECLARATION.matcher(html).find();
        return new Result(safe, !removed.isEmpty() || droppedComments);
    }

    /** The cleaned HTML only, see {@link #sanitize(String)}. */
    public static String clean(String html) {
        return sanitize(html).html();
    }

    /**
     * The readable text of {@code html}, for search indexes and summaries: tags removed, entities
     * decoded, blocks separated by line breaks, runs of spaces collapsed. Content of scripts and other
     * disallowed elements is not included. {@code null} gives an empty string.
     */
    public static String toPlainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.length() > MAX_LENGTH) {
            throw new DomainException("richtext.tooLarge", MAX_LENGTH);
        }
        // one pass: the allow-list filters the parser's events on their way to the text collector,
        // instead of writing sanitized HTML and parsing it again (the search rebuild reads every body)
        return PlainTextCollector.collect(html, RichTextPolicy.POLICY);
    }

    private static final class RemovalRecorder implements org.owasp.html.HtmlChangeListener<List<String>> {
        @Override
        public void discardedTag(List<String> removed, String elementName) {
            removed.add(elementName);
        }

        @Override
        public void discardedAttributes(List<String> removed, String tagName, String... attributeNames) {
            for (String attribute : attributeNames) {
                removed.add(tagName + "@" + attribute);
            }
        }
    }
}
