package org.civitas.support.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Saves screenshots of one test under {@code target/screenshots/<TestClass>.<method>/<name>.png}, so
 * that a person (or a reviewer) can look at what the page showed.
 */
public final class Screenshots {

    private static final Path ROOT =
            Path.of(System.getProperty("basedir", "."), "target", "screenshots").toAbsolutePath();

    private final Path directory;
    private final Page page;

    Screenshots(String testName, Page page) {
        this.directory = ROOT.resolve(safe(testName));
        this.page = page;
    }

    /** The whole page of this test, as {@code <name>.png}; returns the file written. */
    public Path take(String name) {
        return take(page, name);
    }

    /** The whole of another page (e.g. a second browser context), as {@code <name>.png}. */
    public Path take(Page other, String name) {
        Path file = directory.resolve(safe(name) + ".png");
        other.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    public Path directory() {
        return directory;
    }

    private static String safe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }
}
