package org.civitas.site;

import java.util.List;

/**
 * Everything needed to create a site in one step, with all the channels of its blueprint.
 *
 * @param parentId the parent site, or {@code null} for the portal at the root
 * @param organisationId the owning organisation (identity)
 * @param domains one or more host names, unique across the cluster
 * @param siteCode 网站标识码: ten digits, the first six an administrative-division code
 * @param theme theme name; blank means {@code default}
 * @param administrators usernames of the site's administrators
 */
public record SiteDraft(
        String name,
        SiteKind kind,
        Long parentId,
        long organisationId,
        List<String> domains,
        String siteCode,
        Registration registration,
        String blueprintCode,
        String theme,
        List<String> administrators) {}
