package org.civitas.site.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.BlueprintApplication;
import org.civitas.site.BlueprintApplied;
import org.civitas.site.BlueprintChanged;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.BlueprintService;
import org.civitas.site.BlueprintView;
import org.civitas.site.SiteKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BlueprintAdministration implements BlueprintService {

    private final Blueprints blueprints;
    private final Sites sites;
    private final SiteBuilder builder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlueprintAdministration(
            Blueprints blueprints, Sites sites, SiteBuilder builder, ApplicationEventPublisher events, Clock clock) {
        this.blueprints = blueprints;
        this.sites = sites;
        this.builder = builder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public List<BlueprintView> list() {
        return blueprints.findAllByOrderByCodeAsc().stream()
                .map(Blueprint::view)
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public BlueprintView get(String code) {
        return load(code).view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public BlueprintView create(String code, String name, SiteKind kind, boolean allowLocal, boolean locked) {
        String checkedCode = Channel.checkedCode(code);
        String checkedName = Site.checkedName(name);
        if (kind == null) {
            throw DomainException.onField("kind", "site.kind.required");
        }
        if (blueprints.findByCode(checkedCode).isPresent()) {
            throw DomainException.onField("code", "site.blueprint.code.taken", checkedCode);
        }
        var blueprint = new Blueprint(checkedCode, checkedName, kind, allowLocal, false, clock.instant());
        blueprint.configure(allowLocal, locked, clock.instant());
        blueprints.saveAndFlush(blueprint);
        events.publishEvent(new BlueprintChanged(
                checkedCode,
                BlueprintChanged.Change.CREATED,
                settings(blueprint, checkedName, AuditSummary.label("site.kind.", kind))));
        return blueprint.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public BlueprintView configure(String blueprintCode, boolean allowLocal, boolean locked) {
        Blueprint blueprint = load(blueprintCode);
        blueprint.configure(allowLocal, locked, clock.instant());
        blueprints.flush();
        events.publishEvent(
                new BlueprintChanged(blueprint.code(), BlueprintChanged.Change.SETTINGS, settings(blueprint)));
        return blueprint.view();
    }

    /** The two settings as labels, shown in the reader's language. */
    private static List<Object> settings(Blueprint blueprint, Object... before) {
        List<Object> values = new ArrayList<>(List.of(before));
        values.add(AuditSummary.label("audit.summary.part.blueprint.local." + blueprint.allowLocal()));
        values.add(AuditSummary.label("audit.summary.part.blueprint.locked." + blueprint.locked()));
        return values;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public BlueprintView addEntry(String blueprintCode, BlueprintEntry entry) {
        Blueprint blueprint = load(blueprintCode);
        if (entry.type() == null) {
            throw DomainException.onField("type", "site.channel.type.required");
        }
        String parent = entry.parentCode() == null || entry.parentCode().isBlank() ? null : entry.parentCode();
        var checked = new BlueprintEntry(
                Channel.checkedCode(entry.code()),
                parent,
                Channel.checkedName(entry.name()),
                entry.type(),
                entry.type() == org.civitas.site.ChannelType.LINK ? Channel.checkedLinkUrl(entry.linkUrl()) : null);
        blueprint.add(checked, clock.instant());
        blueprints.flush();
        events.publishEvent(new BlueprintChanged(
                blueprint.code(), BlueprintChanged.Change.ENTRY_ADDED, List.of(checked.code(), checked.name())));
        return blueprint.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public BlueprintView renameEntry(String blueprintCode, String entryCode, String newName) {
        Blueprint blueprint = load(blueprintCode);
        String name = Channel.checkedName(newName);
        blueprint.rename(entryCode, name, clock.instant());
        blueprints.flush();
        events.publishEvent(new BlueprintChanged(
                blueprint.code(), BlueprintChanged.Change.ENTRY_RENAMED, List.of(entryCode, name)));
        return blueprint.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public BlueprintView removeEntry(String blueprintCode, String entryCode) {
        Blueprint blueprint = load(blueprintCode);
        blueprint.remove(entryCode, clock.instant());
        blueprints.flush();
        events.publishEvent(new BlueprintChanged(
                blueprint.code(), BlueprintChanged.Change.ENTRY_REMOVED, java.util.Arrays.asList(entryCode)));
        return blueprint.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + SITE_CREATE + "')")
    public List<BlueprintApplication> applyBlueprint(String blueprintCode) {
        Blueprint blueprint = load(blueprintCode);
        List<BlueprintEntry> entries = blueprint.view().entries();
        List<BlueprintApplication> changed = new ArrayList<>();
        for (Site site : sites.findByBlueprintCodeOrderById(blueprint.code())) {
            List<String> added = builder.addMissing(site, entries);
            SiteBuilder.Conformance conformance = builder.conform(site, entries);
            var application = new BlueprintApplication(
                    site.id(), site.name(), added, conformance.renamed(), conformance.detached());
            if (application.changes() > 0) {
                changed.add(application);
            }
        }
        int channels = changed.stream().mapToInt(BlueprintApplication::changes).sum();
        events.publishEvent(new BlueprintApplied(blueprint.code(), changed.size(), channels));
        return changed;
    }

    private Blueprint load(String code) {
        return blueprints
                .findByCode(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Blueprint", code));
    }
}
