package org.civitas.site.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DomainException;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.NewSite;
import org.civitas.site.SiteCreated;
import org.civitas.site.SiteKind;
import org.civitas.site.ThemeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a site with all its blueprint channels and adds missing blueprint channels later. No
 * permission check here: the services, the demo data and the command line decide who may call it.
 */
@Component
class SiteBuilder {

    private final Sites sites;
    private final Channels channels;
    private final Blueprints blueprints;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ThemeCatalogue> themes;

    SiteBuilder(
            Sites sites,
            Channels channels,
            Blueprints blueprints,
            OrganisationDirectory organisations,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<ThemeCatalogue> themes) {
        this.sites = sites;
        this.channels = channels;
        this.blueprints = blueprints;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.themes = themes;
    }

    /** A valid, installed theme name (blank: the default); {@code keep}, the site's current theme, is accepted as it is. */
    String theme(String requested, String keep) {
        // the publishing module installs themes; without it (a test of this module alone) only the default exists
        ThemeCatalogue catalogue = themes.getIfAvailable(() -> () -> List.of(ThemeCatalogue.DEFAULT));
        return SiteRules.theme(requested, catalogue, keep);
    }

    @Transactional
    Site create(NewSite request) {
        String name = SiteRules.name(request.name());
        if (request.kind() == null) {
            throw DomainException.onField("kind", "site.kind.required");
        }
        String siteCode = SiteRules.siteCode(request.siteCode());
        if (sites.existsBySiteCode(siteCode)) {
            throw DomainException.onField("siteCode", "site.code.taken", siteCode);
        }
        List<String> domains = SiteRules.domains(request.domains());
        requireFreeDomains(domains, null);
        var registration = SiteRules.registration(request.registration());
        String theme = theme(request.theme(), null);
        if (request.parentId() == null && request.kind() != SiteKind.PORTAL) {
            throw DomainException.onField("parentId", "site.parent.required");
        }
        if (request.parentId() != null && !sites.existsById(request.parentId())) {
            throw DomainException.onField("parentId", "site.parent.unknown", request.parentId());
        }
        if (organisations.find(request.organisationId()).isEmpty()) {
            throw DomainException.onField("organisationId", "site.organisation.unknown", request.organisationId());
        }
        Blueprint blueprint = blueprints
                .findByCode(request.blueprintCode() == null ? "" : request.blueprintCode())
                .orElseThrow(() ->
                        DomainException.onField("blueprintCode", "site.blueprint.unknown", request.blueprintCode()));
        if (blueprint.kind() != request.kind()) {
            throw DomainException.onField(
                    "blueprintCode",
                    "site.blueprint.kind",
                    blueprint.code(),
                    new DefaultMessageSourceResolvable(
                            "site.kind." + request.kind().name()));
        }
        var site = new Site(
                name, request.kind(), request.parentId(), request.organisationId(), siteCode, blueprint.code(), now());
        site.describe(name, domains, null, registration, theme, now());
        for (String username : request.administrators() == null ? List.<String>of() : request.administrators()) {
            if (username == null || username.isBlank()) {
                continue;
            }
            var user = users.findByUsername(username.strip())
                    .orElseThrow(() -> DomainException.onField("administrators", "site.admin.unknown", username));
            site.addAdministrator(user.id(), user.username());
        }
        sites.saveAndFlush(site);
        int added = addMissing(site, blueprint.view().entries()).size();
        events.publishEvent(new SiteCreated(site.id(), siteCode, name, blueprint.code(), added));
        return site;
    }

    /** Refuses domains another site uses (case-insensitive: they are stored lower-case). */
    void requireFreeDomains(List<String> domains, Long self) {
        for (String domain : domains) {
            sites.findByDomain(domain).filter(owner -> !owner.id().equals(self)).ifPresent(owner -> {
                throw DomainException.onField("domains", "site.domain.taken", domain);
            });
        }
    }

    /** Adds a channel for every blueprint entry the site lacks; returns the entry codes added. */
    List<String> addMissing(Site site, List<BlueprintEntry> entries) {
        List<Channel> existing = channels.findBySiteIdOrderBySortOrderAscIdAsc(site.id());
        Map<String, Channel> byEntry = new HashMap<>();
        existing.stream()
                .filter(c -> c.blueprintEntryCode() != null)
                .forEach(c -> byEntry.put(c.blueprintEntryCode(), c));
        Set<String> codes = existing.stream().map(Channel::code).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BlueprintEntry entry = entries.get(i);
            if (byEntry.containsKey(entry.code())) {
                continue;
            }
            Channel parent = entry.parentCode() == null ? null : byEntry.get(entry.parentCode());
            String code = codes.contains(entry.code()) ? entry.code() + "-" + (i + 1) : entry.code();
            var channel = new Channel(
                    site.id(),
                    parent == null ? null : parent.id(),
                    code,
                    entry.nameFor(site.name()),
                    entry.type(),
                    (i + 1) * 10,
                    entry.code());
            if (entry.type() == org.civitas.site.ChannelType.LINK && entry.linkUrl() != null) {
                channel.linkTo(entry.linkUrl());
            }
            channel = channels.save(channel);
            byEntry.put(entry.code(), channel);
            codes.add(code);
            added.add(entry.code());
        }
        channels.flush();
        return added;
    }

    /**
     * Gives the site's blueprint channels the blueprint's names and detaches channels whose entry the
     * blueprint no longer has; returns the entry codes renamed and detached.
     */
    Conformance conform(Site site, List<BlueprintEntry> entries) {
        Map<String, BlueprintEntry> byCode = new HashMap<>();
        entries.forEach(entry -> byCode.put(entry.code(), entry));
        List<String> renamed = new ArrayList<>();
        List<String> detached = new ArrayList<>();
        for (Channel channel : channels.findBySiteIdOrderBySortOrderAscIdAsc(site.id())) {
            String entryCode = channel.blueprintEntryCode();
            if (entryCode == null) {
                continue;
            }
            BlueprintEntry entry = byCode.get(entryCode);
            if (entry == null) {
                channel.detachFromBlueprint();
                detached.add(entryCode);
            } else if (!channel.name().equals(entry.nameFor(site.name()))) {
                channel.conformTo(entry.nameFor(site.name()));
                renamed.add(entryCode);
            }
        }
        channels.flush();
        return new Conformance(renamed, detached);
    }

    record Conformance(List<String> renamed, List<String> detached) {}

    private java.time.Instant now() {
        return clock.instant();
    }
}
