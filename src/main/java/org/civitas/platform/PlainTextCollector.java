package org.civitas.platform;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/** Collects the text that an allow-list lets through of HTML, with line breaks between blocks. */
final class PlainTextCollector implements HtmlSanitizer.Policy {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "tr",
            "table",
            "pre",
            "hr",
            "figure",
            "figcaption",
            "div",
            "ul",
            "ol",
            "caption");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder text = new StringBuilder();

    /** The text {@code policy} lets through of {@code html}, in one parse. */
    static String collect(String html, PolicyFactory policy) {
        PlainTextCollector collector = new PlainTextCollector();
        HtmlSanitizer.sanitize(html, policy.apply(collector));
        return collector.result();
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String elementName, List<String> attrs) {
        separate(elementName);
    }

    @Override
    public void closeTag(String elementName) {
        separate(elementName);
    }

    @Override
    public void text(String textChunk) {
        text.append(textChunk);
    }

    private void separate(String elementName) {
        if (BLOCKS.contains(elementName)) {
            text.append('\n');
        } else if (CELLS.contains(elementName)) {
            text.append(' ');
        }
    }

    private String result() {
        String[] lines = text.toString().replace('\u00a0', ' ').split("\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String collapsed = line.replaceAll("[ \\t\\r\\f]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }
}
