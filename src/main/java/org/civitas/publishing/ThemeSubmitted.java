package org.civitas.publishing;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A theme package passed every check but carries script or SVG while the console shares its host with
 * the sites: it waits for the security administrator, and no site shows it yet.
 *
 * @param name the theme's name
 * @param version the waiting package's version (a digest of its files)
 * @param riskyFiles the files that made it wait
 */
@Audited(action = "theme:submit", object = "Theme", id = "name")
public record ThemeSubmitted(String name, String version, List<String> riskyFiles) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ThemeSubmitted", name, version, String.join(", ", riskyFiles));
    }
}
