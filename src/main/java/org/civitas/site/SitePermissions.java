package org.civitas.site;

/** Permission codes checked by the site module. */
public final class SitePermissions {

    /**
     * Cluster administrator: creates sites, assigns their administrators, edits blueprints, manages every
     * site, and installs theme packages (which serve the whole cluster).
     */
    public static final String SITE_CREATE = "site:create";

    /** Site administrator: manages only the sites that list the user as administrator. */
    public static final String SITE_MANAGE = "site:manage";

    private SitePermissions() {}
}
