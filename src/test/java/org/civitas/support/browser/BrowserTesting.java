package org.civitas.support.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a browser test: tagged {@code browser} (surefire leaves it out; failsafe runs classes named
 * {@code *BrowserTest} in {@code verify}), skipped when no Chromium is installed, and given a Playwright
 * {@link com.microsoft.playwright.Page} whose relative URLs go to the application. Put it beside
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}:
 *
 * <pre>{@code
 * @BrowserTesting
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * class SomethingBrowserTest {
 *     @Test
 *     void works(Page page, Screenshots screenshots) {
 *         page.navigate("/admin");
 *         screenshots.take("console");
 *     }
 * }
 * }</pre>
 *
 * See {@link PlaywrightExtension} for what can be injected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(PlaywrightExtension.class)
public @interface BrowserTesting {}
