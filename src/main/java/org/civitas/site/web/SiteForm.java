package org.civitas.site.web;

import java.util.Arrays;
import java.util.List;
import org.civitas.platform.Forms;
import org.civitas.site.ContentLanguage;
import org.civitas.site.Registration;
import org.civitas.site.SiteDetailsDraft;
import org.civitas.site.SiteDraft;
import org.civitas.site.SiteKind;
import org.springframework.validation.BindingResult;

/**
 * The one-step site form; {@code domains} and {@code administrators} are typed one per line (or
 * separated by commas or spaces). {@code primaryDomain} is chosen among them when editing; a new site's
 * primary domain is the first one typed.
 */
record SiteForm(
        String name,
        SiteKind kind,
        Long parentId,
        Long organisationId,
        String domains,
        String primaryDomain,
        String siteCode,
        String partyLabel,
        String icpNumber,
        String policeNumber,
        String blueprintCode,
        String theme,
        String administrators,
        ContentLanguage language) {

    static SiteForm empty(Long parentId) {
        return new SiteForm(
                "",
                SiteKind.COUNTY,
                parentId,
                null,
                "",
                "",
                "",
                "",
                "",
                "",
                "county",
                "default",
                "",
                ContentLanguage.CHINESE);
    }

    SiteDraft toNewSite() {
        return new SiteDraft(
                name,
                kind,
                parentId,
                organisationId == null ? -1 : organisationId,
                split(domains),
                siteCode,
                new Registration(partyLabel, icpNumber, policeNumber),
                blueprintCode,
                theme,
                split(administrators));
    }

    SiteDetailsDraft toChange() {
        return new SiteDetailsDraft(
                name,
                split(domains),
                primaryDomain,
                new Registration(partyLabel, icpNumber, policeNumber),
                theme,
                language);
    }

    static List<String> split(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,，;；]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    /** Marks every field a new site needs and lacks, so that an empty submit names them all at once. */
    void requireFilled(BindingResult result) {
        Forms.required(result, "name", name, null);
        Forms.required(result, "kind", kind, null);
        Forms.required(result, "organisationId", organisationId, null);
        Forms.required(result, "siteCode", siteCode, null);
        Forms.required(result, "blueprintCode", blueprintCode, null);
        Forms.required(result, "domains", domains, null);
    }
}
