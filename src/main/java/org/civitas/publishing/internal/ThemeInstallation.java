package org.civitas.publishing.internal;

import org.civitas.publishing.ThemeInstalled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs theme packages as one audited write: the package is checked completely, the
 * {@link ThemeInstalled} event is recorded, and only then are the files put in place, so a refused
 * package leaves neither files nor a record, and a failed write leaves no record. The caller checks
 * the permission (cluster administrators: a theme is used by every site that names it).
 */
@Service
public class ThemeInstallation {

    private final ThemeRegistry registry;
    private final ApplicationEventPublisher events;

    ThemeInstallation(ThemeRegistry registry, ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
    }

    /**
     * @throws org.civitas.platform.DomainException with the reason when the name or package may not be used
     */
    @Transactional
    public Theme install(String name, byte[] zip, long maxBytes) {
        ThemeRegistry.Checked checked = registry.check(name, zip, maxBytes);
        boolean replaced = registry.names().contains(checked.theme().name());
        events.publishEvent(
                new ThemeInstalled(checked.theme().name(), checked.theme().version(), replaced));
        return registry.put(checked);
    }
}
