package org.civitas.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where Debian's Chromium is and how it is started: no browser download, no network calls of its own. */
public final class Chromium {

    /** {@code /usr/bin/chromium}, or the system property {@code civitas.test.chromium} (e.g. on a laptop). */
    public static final Path EXECUTABLE = Path.of(System.getProperty("civitas.test.chromium", "/usr/bin/chromium"));

    /**
     * Without the background-networking flags Chromium keeps trying to reach Google's hosts, which a
     * closed network refuses many times a second; {@code --no-sandbox} because CI runs as root.
     */
    public static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    /** Given to the Playwright driver process so that it never tries to download browsers of its own. */
    public static final Map<String, String> DRIVER_ENV = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

    private Chromium() {}

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }
}
