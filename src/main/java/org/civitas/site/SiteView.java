package org.civitas.site;

import java.util.List;

/**
 * A site as other modules and the console see it.
 *
 * @param domains the primary domain first (the one the administrator marked), then the others alphabetically
 */
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
        long version,
        ContentLanguage language) {

    public SiteView {
        language = language == null ? ContentLanguage.CHINESE : language;
    }

    /** A Chinese site (the form before sites had a language). */
    public SiteView(
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
        this(
                id,
                name,
                kind,
                parentId,
                organisationId,
                domains,
                siteCode,
                registration,
                status,
                blueprintCode,
                theme,
                administrators,
                version,
                ContentLanguage.CHINESE);
    }

    /** The domain the administrator marked as primary: canonical links, feeds, sitemaps and the export folder use it. */
    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.getFirst();
    }

    /** Whether the public may see the site: only once it is launched (online), never while built or offline. */
    public boolean launched() {
        return status == SiteStatus.ONLINE;
    }

    public record SiteAdministrator(long userId, String username) {}
}
