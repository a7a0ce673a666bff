package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * The security administrator rejected a waiting theme package: it is discarded, and sites keep the
 * theme they showed.
 *
 * @param name the theme's name
 * @param version the rejected package's version
 */
@Audited(action = "theme:reject", object = "Theme", id = "name")
public record ThemeRejected(String name, String version) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ThemeRejected", name, version);
    }
}
