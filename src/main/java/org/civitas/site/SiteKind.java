package org.civitas.site;

/** What a site is for; blueprints apply to one kind. */
public enum SiteKind {
    PORTAL,
    DEPARTMENT,
    COUNTY,
    TOPIC
}
