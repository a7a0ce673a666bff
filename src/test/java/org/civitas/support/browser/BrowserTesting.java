package org.civitas.support.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Marks a browser test: tagged {@code browser} (surefire leaves it out; failsafe runs classes named
 * {@code *BrowserTest} in {@code verify}), skipped when no Chromium is installed, and given a Playwright
 * {@link com.microsoft.playwright.Page} whose relative URLs go to the application. It also starts that
 * application, one for all browser test classes: on a random port, with the demo data, and {@code admin} and the
 * demo accounts with {@link CivitasIntegrationTest#ADMIN_PASSWORD} as their first password (browser tests sign in
 * through the forced password change, see {@link ConsoleSignIn}), and the test-only pages of {@link TestOnlyPages}.
 * A class that needs more (another property, a mock bean) declares it, and so gets an application of its own.
 *
 * <pre>{@code
 * @BrowserTesting
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
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civitas.demo.mode=always",
            "civitas.identity.admin-password=" + CivitasIntegrationTest.ADMIN_PASSWORD,
            "civitas.publishing.peer-sync=1h"
        })
@Import(TestOnlyPages.class)
public @interface BrowserTesting {}
