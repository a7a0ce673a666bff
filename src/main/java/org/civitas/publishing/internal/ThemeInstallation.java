package org.civitas.publishing.internal;

import java.util.List;
import org.civitas.platform.HostSettings;
import org.civitas.publishing.ThemeInstalled;
import org.civitas.publishing.ThemeSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs theme packages as one audited write: the package is checked completely, the
 * {@link ThemeInstalled} event is recorded, and only then are the files put in place, so a refused
 * package leaves neither files nor a record, and a failed write leaves no record. The caller checks
 * the permission (cluster administrators: a theme is used by every site that names it).
 *
 * <p>When one host serves both the console and the sites, a package with script or SVG goes live only
 * once the security administrator approves it ({@link ThemeApproval}): it is kept aside and recorded as
 * {@link ThemeSubmitted} instead.
 */
@Service
public class ThemeInstallation {

    /** What became of an uploaded package: installed, or waiting for approval because of {@code riskyFiles}. */
    public record Outcome(Theme theme, boolean pending, List<String> riskyFiles) {}

    private final ThemeRegistry registry;
    private final PendingThemeStore pending;
    private final HostSettings hosts;
    private final ApplicationEventPublisher events;

    ThemeInstallation(
            ThemeRegistry registry, PendingThemeStore pending, HostSettings hosts, ApplicationEventPublisher events) {
        this.registry = registry;
        this.pending = pending;
        this.hosts = hosts;
        this.events = events;
    }

    /**
     * @throws org.civitas.platform.DomainException with the reason when the name or package may not be used
     */
    @Transactional
    public Outcome install(String name, byte[] zip, long maxBytes) {
        ThemeRegistry.Checked checked = registry.check(name, zip, maxBytes);
        Theme theme = checked.theme();
        List<String> risky = PendingThemeStore.riskyFiles(checked.files());
        if (hosts.singleHost() && !risky.isEmpty()) {
            events.publishEvent(new ThemeSubmitted(theme.name(), theme.version(), risky));
            pending.put(checked);
            return new Outcome(theme, true, risky);
        }
        boolean replaced = registry.names().contains(theme.name());
        events.publishEvent(new ThemeInstalled(theme.name(), theme.version(), replaced));
        return new Outcome(registry.put(checked), false, List.of());
    }
}
