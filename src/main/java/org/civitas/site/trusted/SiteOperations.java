package org.civitas.site.trusted;

import java.util.List;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteView;

/**
 * Trusted port: no permission checks; site operations for the command line, run by an operator on the
 * server (no signed-in user). Audited like every write. Not for web use.
 */
public interface SiteOperations {

    /**
     * Creates a site with all its blueprint channels.
     *
     * @param parentCode site code of the parent site, or {@code null} for a root
     * @param organisationCode code of the owning organisation
     * @param theme name of an installed theme, or {@code null} for the default theme
     */
    SiteView createSite(
            String name,
            String siteCode,
            SiteKind kind,
            String parentCode,
            String blueprintCode,
            List<String> domains,
            String organisationCode,
            String theme);

    /**
     * Launches a site (建设中 → online), as an operator moving an existing site from an old system does
     * when the import is complete; audited as the console's status change is.
     */
    SiteView launch(String siteCode);
}
