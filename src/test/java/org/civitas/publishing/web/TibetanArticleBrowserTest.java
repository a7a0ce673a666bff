package org.civitas.publishing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The demo's bilingual (Tibetan and Chinese) notice on the portal, in Chromium: its Tibetan is drawn with the
 * theme's Noto Serif Tibetan, not as boxes (the machine has no Tibetan font of its own), in elder mode too;
 * its Tibetan parts are marked {@code lang="bo"}; a Tibetan word finds it; every page passes all axe rules.
 */
@BrowserTesting
class TibetanArticleBrowserTest {

    static final String PORTAL = "5132000001";
    static final String TITLE = "关于藏历新年期间政务服务大厅办公时间安排的通知";

    /** Whether the theme's Tibetan face has loaded (the check alone is true for a family no @font-face names). */
    static final String TIBETAN_FACE_LOADED = """
            () => document.fonts.ready.then(() =>
              [...document.fonts].some(f => f.family.replace(/["']/g, '') === 'Noto Serif Tibetan' && f.status === 'loaded')
              && document.fonts.check('16px "Noto Serif Tibetan"', 'བོད'))
            """;

    /**
     * Draws ཀ and a private-use character (which no font has: the fallback's box) in the page's Tibetan font
     * stack and returns [inked pixels of ཀ, pixels that differ from the box, width of ཀ, width of the box].
     */
    static final String GLYPH_AGAINST_TOFU = """
            (selector) => {
              const family = getComputedStyle(document.querySelector(selector)).fontFamily;
              const draw = (text) => {
                const canvas = document.createElement('canvas');
                canvas.width = 120; canvas.height = 120;
                const context = canvas.getContext('2d');
                context.font = '64px ' + family;
                context.fillStyle = '#000';
                context.fillText(text, 20, 80);
                return { pixels: context.getImageData(0, 0, 120, 120).data, width: context.measureText(text).width };
              };
              const ka = draw('\\u0F40'), box = draw('\\uE000');
              let inked = 0, different = 0;
              for (let i = 3; i < ka.pixels.length; i += 4) {
                if (ka.pixels[i] > 0) inked++;
                if (ka.pixels[i] !== box.pixels[i]) different++;
              }
              return [inked, different, ka.width, box.width];
            }
            """;

    @Test
    void theBilingualNoticeShowsTibetanGlyphsMarkedAsTibetanAndIsFoundByATibetanWord(
            Page page, Screenshots screenshots) {
        page.navigate("/s/" + PORTAL + "/c/news-notices/");
        page.locator(".items a")
                .filter(new Locator.FilterOptions().setHasText(TITLE))
                .first()
                .click();
        assertThat(page.locator("article h1")).hasText(TITLE);

        Locator tibetan = page.locator("article .article-body p[lang=bo]");
        assertThat(tibetan.first()).containsText("བཀྲ་ཤིས་བདེ་ལེགས");
        assertThat(tibetan).hasCount(3);
        assertThat(page.locator("article .subtitle")).hasAttribute("lang", "bo");
        assertThat(page.locator("article .article-body p:not([lang])").first()).containsText("藏历新年");
        assertDrawnWithTheTibetanFont(page);
        Accessibility.assertNoViolations(page);
        screenshots.take("1-bilingual-notice");

        page.locator("#elder-toggle").click();
        assertThat(page.locator("html")).hasClass("elder");
        assertDrawnWithTheTibetanFont(page);
        Accessibility.assertNoViolations(page);
        screenshots.take("2-bilingual-notice-elder");
        page.locator("#elder-toggle").click();

        page.locator("#site-search-q").fill("ལོ་གསར");
        page.locator(".site-search button").click();
        assertThat(page.locator("main")).containsText(TITLE);
        Accessibility.assertNoViolations(page);
        screenshots.take("3-search-by-a-tibetan-word");
    }

    private static void assertDrawnWithTheTibetanFont(Page page) {
        assertThat((Boolean) page.evaluate(TIBETAN_FACE_LOADED))
                .as("Noto Serif Tibetan loaded")
                .isTrue();
        String family = (String)
                page.evaluate("() => getComputedStyle(document.querySelector('article p[lang=bo]')).fontFamily");
        assertThat(family).startsWith("\"Noto Serif Tibetan\"");
        @SuppressWarnings("unchecked")
        List<Number> measured = (List<Number>) page.evaluate(GLYPH_AGAINST_TOFU, "article p[lang=bo]");
        assertThat(measured.get(0).intValue()).as("ཀ leaves ink").isGreaterThan(100);
        assertThat(measured.get(1).intValue())
                .as("ཀ is not drawn as the missing-glyph box")
                .isGreaterThan(100);
    }
}
