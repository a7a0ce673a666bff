package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * The security administrator approved a waiting theme package: it is installed, and every site naming
 * the theme shows it from now on (their cached pages are evicted).
 *
 * @param name the theme's name
 * @param version the approved package's version
 */
@Audited(action = "theme:approve", object = "Theme", id = "name")
public record ThemeApproved(String name, String version) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ThemeApproved", name, version);
    }
}
