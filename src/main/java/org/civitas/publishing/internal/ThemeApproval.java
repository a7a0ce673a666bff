package org.civitas.publishing.internal;

import static org.civitas.publishing.PublishingPermissions.THEME_APPROVE;

import java.util.List;
import org.civitas.platform.NotFoundException;
import org.civitas.publishing.ThemeApproved;
import org.civitas.publishing.ThemeRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's decision on theme packages that wait (see {@link ThemeInstallation}):
 * approved, a package is installed as if uploaded now; rejected, it is discarded. Each decision is
 * one audited write, recorded before the files move.
 */
@Service
public class ThemeApproval {

    private final PendingThemeStore pending;
    private final ThemeRegistry registry;
    private final ApplicationEventPublisher events;

    ThemeApproval(PendingThemeStore pending, ThemeRegistry registry, ApplicationEventPublisher events) {
        this.pending = pending;
        this.registry = registry;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('" + THEME_APPROVE + "')")
    public List<PendingThemeStore.Pending> waiting() {
        return pending.all();
    }

    /** @throws NotFoundException when no package of that name waits */
    @Transactional
    @PreAuthorize("hasAuthority('" + THEME_APPROVE + "')")
    public Theme approve(String name) {
        ThemeRegistry.Checked checked = pending.find(name).orElseThrow(() -> new NotFoundException("Theme", name));
        events.publishEvent(new ThemeApproved(name, checked.theme().version()));
        Theme theme = registry.put(checked);
        pending.remove(name);
        return theme;
    }

    /** @throws NotFoundException when no package of that name waits */
    @Transactional
    @PreAuthorize("hasAuthority('" + THEME_APPROVE + "')")
    public void reject(String name) {
        ThemeRegistry.Checked checked = pending.find(name).orElseThrow(() -> new NotFoundException("Theme", name));
        events.publishEvent(new ThemeRejected(name, checked.theme().version()));
        pending.remove(name);
    }
}
