package org.civitas.site.internal;

import java.time.Clock;
import java.util.List;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DomainException;
import org.civitas.site.NewSite;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteStatusChanged;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteOperations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OperatorSiteSetup implements SiteOperations {

    private final SiteBuilder builder;
    private final Sites sites;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperatorSiteSetup(
            SiteBuilder builder,
            Sites sites,
            OrganisationDirectory organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.builder = builder;
        this.sites = sites;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SiteView launch(String siteCode) {
        Site site = sites.findBySiteCode(siteCode == null ? "" : siteCode.strip())
                .orElseThrow(() -> new DomainException("site.parent.unknownCode", siteCode));
        if (site.view().launched()) {
            return site.view();
        }
        SiteStatus from = site.changeStatus(SiteStatus.ONLINE, clock.instant());
        sites.flush();
        events.publishEvent(new SiteStatusChanged(site.id(), site.siteCode(), from, SiteStatus.ONLINE));
        return site.view();
    }

    @Override
    @Transactional
    public SiteView createSite(
            String name,
            String siteCode,
            SiteKind kind,
            String parentCode,
            String blueprintCode,
            List<String> domains,
            String organisationCode,
            String theme) {
        Long parentId = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parentId = sites.findBySiteCode(parentCode.strip())
                    .orElseThrow(() -> new DomainException("site.parent.unknownCode", parentCode))
                    .id();
        }
        long organisationId = organisations.all().stream()
                .filter(o -> o.code().equals(organisationCode))
                .map(OrganisationView::id)
                .findFirst()
                .orElseThrow(() -> new DomainException("site.organisation.unknownCode", organisationCode));
        return builder.create(new NewSite(
                        name,
                        kind,
                        parentId,
                        organisationId,
                        domains,
                        siteCode,
                        Registration.none(),
                        blueprintCode,
                        theme,
                        List.of()))
                .view();
    }
}
