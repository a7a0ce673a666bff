package org.civitas.site;

import java.util.List;

/** A site as other modules and the console see it. */
public record SiteView(
        long id,
        String name,
        SiteKind kind,
        Long parentId,
        long organisationId,
        List<String> domains,
        String siteCode,
        Registration registration,
        SiteStatus status,
        String blueprintCode,
        String theme,
        List<SiteAdministrator> administrators,
        long version) {

    /** The first domain, the one links are made with. */
    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.getFirst();
    }

    public record SiteAdministrator(long userId, String username) {}
}
