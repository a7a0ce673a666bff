package org.civitas.site;

import java.util.List;

/** What a site's administrator may change about it (its code, kind, parent and blueprint are fixed). */
public record SiteChange(
        String name, List<String> domains, Registration registration, String theme, ContentLanguage language) {

    /** A change that keeps the site's language. */
    public SiteChange(String name, List<String> domains, Registration registration, String theme) {
        this(name, domains, registration, theme, null);
    }
}
