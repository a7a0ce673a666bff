package org.civitas.site;

import java.util.List;

/**
 * What a site's administrator may change about it (its code, kind, parent and blueprint are fixed).
 *
 * @param primaryDomain one of {@code domains}, the one links are made with; {@code null} keeps the current one
 *     while it is still listed, else takes the first listed
 */
public record SiteChange(
        String name, List<String> domains, String primaryDomain, Registration registration, String theme) {

    public SiteChange(String name, List<String> domains, Registration registration, String theme) {
        this(name, domains, null, registration, theme);
    }
}
