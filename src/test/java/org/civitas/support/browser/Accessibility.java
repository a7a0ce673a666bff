package org.civitas.support.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core on a page (the WCAG 2.1 A and AA rules, or every rule for public pages), so that a browser test can refuse pages that
 * people using a screen reader or a keyboard could not use.
 */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static final String RUN = """
            async (all) => {
              // all: every rule axe-core has, best practices included; otherwise the WCAG 2.1 A/AA rules
              const result = await axe.run(document, all ? {} : {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
              });
              return result.violations
                .filter(v => all || v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '));
            }""";

    private static volatile String axeSource;

    private Accessibility() {}

    /** Serious and critical violations on the page as it is now, one readable line each. */
    public static List<String> seriousViolations(Page page) {
        return violations(page, false);
    }

    /** Every violation of any axe-core rule, best practices included, whatever its impact, one readable line each. */
    public static List<String> allViolations(Page page) {
        return violations(page, true);
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page, boolean all) {
        // A locator assertion passes as soon as the DOM has the element, which can be before the page's
        // style sheets apply: axe would then judge white navbar text on the browser's default white.
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => document.fonts.ready.then(() => true)");
        // evaluate() runs outside the page's Content-Security-Policy, which forbids inline scripts
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(axeSource());
        }
        return (List<String>) page.evaluate(RUN, all);
    }

    public static void assertNoSeriousViolations(Page page) {
        fail(page, seriousViolations(page));
    }

    /** For the public pages, held to no violation of any rule at all (WCAG and best practices). */
    public static void assertNoViolations(Page page) {
        fail(page, allViolations(page));
    }

    private static void fail(Page page, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Accessibility violations on " + page.url() + ":\n  " + String.join("\n  ", violations));
        }
    }

    private static String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test class path (org.webjars.npm:axe-core)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
