package org.civitas.site;

import java.util.List;

/**
 * What a site's administrator may change about it (its code, kind, parent and blueprint are fixed).
 *
 * @param primaryDomain one of {@code domains}, the one links are made with; {@code null} keeps the current one
 *     while it is still listed, else takes the first listed
 * @param language the site's language; {@code null} keeps the current one
 */
public record SiteDetailsDraft(
        String name,
        List<String> domains,
        String primaryDomain,
        Registration registration,
        String theme,
        ContentLanguage language) {

    public SiteDetailsDraft(String name, List<String> domains, Registration registration, String theme) {
        this(name, domains, null, registration, theme, null);
    }

    public SiteDetailsDraft(
            String name, List<String> domains, String primaryDomain, Registration registration, String theme) {
        this(name, domains, primaryDomain, registration, theme, null);
    }

    /** A change of the language, keeping the primary domain. */
    public SiteDetailsDraft(
            String name, List<String> domains, Registration registration, String theme, ContentLanguage language) {
        this(name, domains, null, registration, theme, language);
    }
}
