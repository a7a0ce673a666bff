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

    /** The first domain, the one links are made with. */
    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.getFirst();
    }

    public record SiteAdministrator(long userId, String username) {}
}
