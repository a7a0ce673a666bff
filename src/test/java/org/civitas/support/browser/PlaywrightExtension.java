package org.civitas.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Playwright for browser tests (use it through {@link BrowserTesting}).
 *
 * <ul>
 *   <li>Skips the tests, saying why, when Chromium is not installed.
 *   <li>Starts one Playwright driver and one headless Chromium for the whole test run; the driver gets
 *       {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, so nothing is downloaded.
 *   <li>Gives every test method a fresh browser context (no cookies, Chinese locale) whose base URL is
 *       the application started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, so
 *       {@code page.navigate("/admin")} works.
 *   <li>Injects {@link Page}, {@link BrowserContext}, {@link Screenshots} (per test method) and
 *       {@link Browser} (shared, for tests that need a second user in a context of their own).
 *   <li>Saves {@code failure.png} of a failed test's page, and prints the page's console errors.
 * </ul>
 */
public final class PlaywrightExtension implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback {

    private static final Namespace NAMESPACE = Namespace.create(PlaywrightExtension.class);
    private static final double TIMEOUT_MILLIS = 20_000;
    private static volatile boolean skipReported;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.EXECUTABLE);
        }
        String reason = "no Chromium at " + Chromium.EXECUTABLE
                + " (apt-get install chromium fonts-wqy-microhei): browser tests are skipped";
        if (!skipReported) {
            skipReported = true;
            System.err.println("SKIPPED: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class || type == Browser.class || type == Screenshots.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Browser.class) {
            return browser(context);
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(
                    type.getSimpleName() + " belongs to one test: inject it into test or @BeforeEach methods");
        }
        Session session = session(context);
        if (type == Page.class) {
            return session.page();
        }
        return type == BrowserContext.class ? session.browserContext() : session.screenshots();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null && context.getExecutionException().isPresent()) {
            try {
                System.err.println("Screenshot of the failed test: "
                        + session.screenshots().take("failure"));
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failed test: " + e.getMessage());
            }
        }
    }

    private static Session session(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(Session.class, key -> openSession(context), Session.class);
    }

    private static Session openSession(ExtensionContext context) {
        String testName = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        var options = new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900);
        String baseUrl = baseUrl(context);
        if (baseUrl != null) {
            options.setBaseURL(baseUrl);
        }
        BrowserContext browserContext = browser(context).newContext(options);
        browserContext.setDefaultTimeout(TIMEOUT_MILLIS);
        Page page = browserContext.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.err.println("[" + testName + "] browser console: " + message.text());
            }
        });
        page.onPageError(error -> System.err.println("[" + testName + "] page error: " + error));
        return new Session(browserContext, page, new Screenshots(testName, page));
    }

    /** The application's address when the test class is a {@code @SpringBootTest} with a real port. */
    private static String baseUrl(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (TestContextAnnotationUtils.findMergedAnnotation(testClass, SpringBootTest.class) == null) {
            return null;
        }
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new ExtensionConfigurationException(testClass.getSimpleName()
                    + ": browser tests need @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)");
        }
        return "http://localhost:" + port;
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Launched.class, key -> Launched.start(), Launched.class)
                .browser();
    }

    /** The driver and the browser, shared by all browser tests and closed when the run ends. */
    private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

        static Launched start() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Chromium.DRIVER_ENV));
            try {
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(Chromium.EXECUTABLE)
                                .setHeadless(true)
                                .setArgs(Chromium.ARGS));
                return new Launched(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    /** One test method's browser context and page. */
    private record Session(BrowserContext browserContext, Page page, Screenshots screenshots) implements AutoCloseable {

        @Override
        public void close() {
            browserContext.close();
        }
    }
}
