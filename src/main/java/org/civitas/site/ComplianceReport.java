package org.civitas.site;

import java.util.List;

/**
 * Where a site deviates from its blueprint.
 *
 * @param missing blueprint entries without a channel
 * @param renamed blueprint channels whose name differs from the blueprint's
 * @param obsolete channels of blueprint entries the blueprint no longer has (until it is applied)
 * @param local channels the site added itself (for information)
 */
public record ComplianceReport(
        long siteId,
        String siteName,
        String blueprintCode,
        List<BlueprintEntry> missing,
        List<Renamed> renamed,
        List<String> obsolete,
        List<String> local) {

    public boolean compliant() {
        return missing.isEmpty() && renamed.isEmpty() && obsolete.isEmpty();
    }

    public record Renamed(String entryCode, String expected, String actual) {}
}
