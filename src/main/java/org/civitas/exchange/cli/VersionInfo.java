package org.civitas.exchange.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build information that Maven writes ({@code META-INF/build-info.properties}). */
final class VersionInfo implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("build.version", "development");
        String time = build.getProperty("build.time");
        return new String[] {
            "Civitas " + version + (time == null ? "" : " (built " + time + ")"),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
        };
    }
}
