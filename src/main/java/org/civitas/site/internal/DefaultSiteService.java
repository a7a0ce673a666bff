package org.civitas.site.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.NewSite;
import org.civitas.site.SiteChange;
import org.civitas.site.SiteChanged;
import org.civitas.site.SiteService;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteStatusChanged;
import org.civitas.site.SiteView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultSiteService implements SiteService {

    private final Sites sites;
    private final SiteBuilder builder;
    private final SiteAccess access;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultSiteService(
            Sites sites,
            SiteBuilder builder,
            SiteAccess access,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sites = sites;
        this.builder = builder;
        this.access = access;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('site:create')")
    public SiteView create(NewSite site) {
        return builder.create(site).view();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
    public List<SiteView> manageable() {
        return SiteTree.order(sites.findAllByOrderById()).stream()
                .filter(access::canManage)
                .map(Site::view)
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
    public SiteView get(long id) {
        Site site = load(id);
        access.requireManage(site);
        return site.view();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
    public boolean canManage(long id) {
        return sites.findById(id).map(access::canManage).orElse(false);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
    public SiteView change(long id, SiteChange change) {
        Site site = load(id);
        access.requireManage(site);
        String name = SiteRules.name(change.name());
        List<String> domains = SiteRules.domains(change.domains());
        builder.requireFreeDomains(domains, site.id());
        var registration = SiteRules.registration(change.registration());
        String theme = builder.theme(change.theme(), site.view().theme());
        site.describe(
                name, domains, SiteRules.primaryDomain(change.primaryDomain()), registration, theme, clock.instant());
        site.speak(change.language());
        sites.flush();
        SiteView changed = site.view();
        events.publishEvent(new SiteChanged(
                site.id(),
                site.siteCode(),
                SiteChanged.Change.DETAILS,
                List.of(name, changed.domains(), changed.primaryDomain())));
        return changed;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('site:create')")
    public SiteView correctSiteCode(long id, String siteCode) {
        Site site = load(id);
        String code = SiteRules.siteCode(siteCode);
        if (code.equals(site.siteCode())) {
            return site.view();
        }
        if (sites.existsBySiteCode(code)) {
            throw DomainException.onField("siteCode", "site.code.taken", code);
        }
        String before = site.correctSiteCode(code, clock.instant());
        sites.flush();
        events.publishEvent(new SiteChanged(site.id(), code, SiteChanged.Change.SITE_CODE, List.of(before, code)));
        return site.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
    public SiteView changeStatus(long id, SiteStatus status) {
        Site site = load(id);
        access.requireManage(site);
        if (status == null) {
            throw DomainException.onField("status", "site.status.required");
        }
        SiteStatus from = site.changeStatus(status, clock.instant());
        sites.flush();
        events.publishEvent(new SiteStatusChanged(site.id(), site.siteCode(), from, status));
        return site.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('site:create')")
    public SiteView addAdministrator(long id, String username) {
        Site site = load(id);
        String name = username == null ? "" : username.strip();
        var user = users.findByUsername(name)
                .orElseThrow(() -> DomainException.onField("username", "site.admin.unknown", name));
        if (!site.addAdministrator(user.id(), user.username())) {
            throw DomainException.onField("username", "site.admin.already", user.username());
        }
        sites.flush();
        events.publishEvent(new SiteChanged(
                site.id(), site.siteCode(), SiteChanged.Change.ADMINISTRATOR_ADDED, List.of(user.username())));
        return site.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('site:create')")
    public SiteView removeAdministrator(long id, long userId) {
        Site site = load(id);
        if (!site.removeAdministrator(userId)) {
            throw new DomainException("site.admin.notListed", userId);
        }
        sites.flush();
        events.publishEvent(
                new SiteChanged(site.id(), site.siteCode(), SiteChanged.Change.ADMINISTRATOR_REMOVED, List.of(userId)));
        return site.view();
    }

    private Site load(long id) {
        return sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
    }

    /** Sites in tree order: parents before children, siblings by id. */
    static final class SiteTree {

        private SiteTree() {}

        static List<Site> order(List<Site> all) {
            List<Site> ordered = new ArrayList<>();
            all.stream().filter(s -> s.parentId() == null).forEach(root -> visit(root, all, ordered));
            return ordered;
        }

        private static void visit(Site site, List<Site> all, List<Site> ordered) {
            ordered.add(site);
            all.stream().filter(s -> site.id().equals(s.parentId())).forEach(child -> visit(child, all, ordered));
        }
    }
}
