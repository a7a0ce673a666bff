package org.civitas.site;

import java.util.List;

/**
 * Where a site deviates from its blueprint.
 *
 * @param missing blueprint entries without a channel
 * @param renamed blueprint channels whose name differs from the blueprint's
 * @param local channels the site added itself (for information)
 */
public record ComplianceReport(
        long siteId,
        String siteName,
        String blueprintCode,
        List<BlueprintEntry> missing,
        List<Renamed> renamed,
        List<String> local) {

    public boolean compliant() {
        return missing.isEmpty() && renamed.isEmpty();
    }

    public record Renamed(String entryCode, String expected, String actual) {}
}
