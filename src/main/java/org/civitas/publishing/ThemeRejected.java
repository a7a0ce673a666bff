package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * The security administrator rejected a waiting theme package: it is discarded, and sites keep the
 * theme they showed.
 *
 * @param name the theme's name
 * @param version the rejected package's version
 */
public record ThemeRejected(String name, String version) implements AuditableEvent {

    @Override
    public String action() {
        return "theme:reject";
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
        return AuditSummary.of("ThemeRejected", name, version);
    }
}
