package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * The security administrator approved a waiting theme package: it is installed, and every site naming
 * the theme shows it from now on (their cached pages are evicted).
 *
 * @param name the theme's name
 * @param version the approved package's version
 */
public record ThemeApproved(String name, String version) implements AuditableEvent {

    @Override
    public String action() {
        return "theme:approve";
    }

    @Override
    public String objectType() {
        return "Theme";
    }

    @Override
    public String objectId() {
        return name;
    }

    @Override
    public String summary() {
        return AuditSummary.of("ThemeApproved", name, version);
    }
}
