package org.civitas.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The allow-list behind {@link RichText}. */
final class RichTextPolicy {

    /** Alignment and presentation classes the editor and the site's stylesheets understand. */
    static final Set<String> ALLOWED_CLASSES =
            Set.of("text-start", "text-center", "text-end", "text-justify", "table", "table-bordered");

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    /** A language tag as the editor writes it (bo, zh-CN, bo-CN): BCP 47 language and up to three subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private static final Pattern SCOPE = Pattern.compile("(?i)row|col|rowgroup|colgroup");

    /** Tab, line feed and carriage return, which browsers remove from a URL before they read it. */
    private static final Pattern URL_IGNORED = Pattern.compile("[\t\n\r]");

    /**
     * A protocol-relative URL ({@code //evil.example/x.png}, also written with backslashes, which browsers
     * read as slashes) names another host while looking like a path: it escapes the scheme rules below.
     */
    private static final AttributePolicy NOT_PROTOCOL_RELATIVE = (element, attribute, value) -> {
        String url = URL_IGNORED.matcher(value).replaceAll("").strip();
        return url.length() >= 2 && isSlash(url.charAt(0)) && isSlash(url.charAt(1)) ? null : value;
    };

    /** Images may come from the blob store, any relative path, or https, never http or other schemes. */
    private static final AttributePolicy IMAGE_SOURCE = (element, attribute, value) -> {
        if (NOT_PROTOCOL_RELATIVE.apply(element, attribute, value) == null) {
            return null;
        }
        String url = value.strip().toLowerCase(Locale.ROOT);
        boolean hasScheme = url.matches("^[a-z][a-z0-9+.-]*:.*");
        if (hasScheme && !url.startsWith("https:")) {
            return null;
        }
        return value.strip();
    };

    /** Keeps only the allowed classes of a class list; drops the attribute if none remains. */
    private static final AttributePolicy CLASSES = (element, attribute, value) -> {
        String kept = Arrays.stream(value.strip().split("\\s+"))
                .filter(ALLOWED_CLASSES::contains)
                .distinct()
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
    };

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "table",
                    "caption",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "pre",
                    "code",
                    "a",
                    "img",
                    "figure",
                    "figcaption",
                    "span",
                    "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching(NOT_PROTOCOL_RELATIVE)
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "img", "abbr")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src")
            .matching(IMAGE_SOURCE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(NUMBER)
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(NUMBER)
            .onElements("td", "th")
            .allowAttributes("scope")
            .matching(SCOPE)
            .onElements("th")
            .allowAttributes("start")
            .matching(NUMBER)
            .onElements("ol")
            .allowAttributes("class")
            .matching(CLASSES)
            .onElements("p", "span", "div", "h2", "h3", "h4", "h5", "h6", "td", "th", "table", "figure", "li")
            // bilingual (Tibetan and Chinese) articles mark their Tibetan parts for screen readers, fonts and search
            .allowAttributes("lang")
            .matching(LANGUAGE_TAG)
            .onElements(
                    "p",
                    "span",
                    "div",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "td",
                    "th",
                    "li",
                    "blockquote",
                    "figcaption",
                    "caption",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "a")
            .toFactory();

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private RichTextPolicy() {}

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    /**
     * The sanitizer writes full-width punctuation (，：；（）) and {@code @} as numeric character
     * references, a defence against later Unicode normalisation. Chinese text is full of them, so
     * they are written back as characters, except the full-width forms of characters that are
     * special in HTML (＜ ＞ ＆ ＂ ＇ ｀ ＝), which stay encoded.
     */
    static String readable(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        Matcher reference = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (reference.find()) {
            String number = reference.group(1);
            int codePoint =
                    number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            String replacement = isHarmless(codePoint) ? Character.toString(codePoint) : reference.group();
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static boolean isHarmless(int codePoint) {
        if (codePoint == '@') {
            return true;
        }
        boolean fullWidth = codePoint >= 0xFF01 && codePoint <= 0xFF5E;
        return fullWidth && "＜＞＆＂＇｀＝".indexOf(codePoint) < 0;
    }
}
