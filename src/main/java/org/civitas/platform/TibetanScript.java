package org.civitas.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Tibetan script (U+0F00–U+0FFF) beside Chinese: which text is written in it, and marking the parts of a
 * bilingual body with their language, so that screen readers, fonts and hyphenation treat each part as what
 * it is even where the editor did not mark a paragraph by hand.
 */
public final class TibetanScript {

    /** The language tag of Tibetan. */
    public static final String TAG = "bo";

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, figcaption, caption";

    private TibetanScript() {}

    /** Whether {@code c} is in the Tibetan block. */
    public static boolean isTibetan(int c) {
        return c >= 0x0F00 && c <= 0x0FFF;
    }

    /** Whether {@code text} holds any Tibetan character. */
    public static boolean contains(String text) {
        return text != null && text.codePoints().anyMatch(TibetanScript::isTibetan);
    }

    /** Whether most letters of {@code text} are Tibetan rather than Han (or other) letters. */
    public static boolean mostly(String text) {
        if (text == null) {
            return false;
        }
        int tibetan = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isTibetan(c) && Character.isLetter(c)) {
                tibetan++;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return tibetan > 0 && tibetan >= other;
    }

    /**
     * The body with each block that is mostly in the other script than the page's marked with its language:
     * on a Chinese page Tibetan paragraphs get {@code lang="bo"}, on a Tibetan page Chinese ones get
     * {@code lang="zh-CN"}. Blocks the editor marked keep their mark; a body without Tibetan is returned as it is.
     */
    public static String markBlocks(String html, String pageLanguage) {
        if (html == null || !contains(html)) {
            return html;
        }
        boolean tibetanPage = TAG.equals(pageLanguage);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element block : doc.body().select(BLOCKS)) {
            if (block.closest("[lang]") != null || block.text().isBlank()) {
                continue;
            }
            boolean tibetan = mostly(block.text());
            if (tibetan && !tibetanPage) {
                block.attr("lang", TAG);
            } else if (!tibetan && tibetanPage) {
                block.attr("lang", "zh-CN");
            }
        }
        return doc.body().html();
    }
}
