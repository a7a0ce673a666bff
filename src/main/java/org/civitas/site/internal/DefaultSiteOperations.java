package org.civitas.site.internal;

import java.util.List;
import org.civitas.identity.OrganisationDirectory;
import org.civitas.identity.OrganisationView;
import org.civitas.platform.DomainException;
import org.civitas.site.NewSite;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteOperations;
import org.civitas.site.SiteView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultSiteOperations implements SiteOperations {

    private final SiteBuilder builder;
    private final Sites sites;
    private final OrganisationDirectory organisations;

    DefaultSiteOperations(SiteBuilder builder, Sites sites, OrganisationDirectory organisations) {
        this.builder = builder;
        this.sites = sites;
        this.organisations = organisations;
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
