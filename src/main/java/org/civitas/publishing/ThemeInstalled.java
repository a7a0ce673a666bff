package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A theme package was installed for the whole cluster, new or replacing an earlier upload of that name.
 * Every site naming the theme shows it from now on, so their cached pages are evicted.
 *
 * @param name the theme's name, as sites name it
 * @param version the installed package's version (a digest of its files)
 * @param replaced whether a theme of that name was installed before
 */
@Audited(action = "theme:install", object = "Theme", id = "name")
public record ThemeInstalled(String name, String version, boolean replaced) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(replaced ? "ThemeReplaced" : "ThemeInstalled", name, version);
    }
}
