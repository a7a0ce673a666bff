package org.civitas.site;

import java.util.List;

/**
 * A channel blueprint (统一栏目规划): entries in tree order, parents before their children.
 *
 * @param allowLocal whether sites built from it may add channels of their own
 * @param locked whether its channels are locked on its sites: site administrators cannot rename,
 *     reorder or remove them (when not locked they can, and the compliance page shows the deviation)
 */
public record BlueprintView(
        String code,
        String name,
        SiteKind kind,
        boolean allowLocal,
        boolean locked,
        boolean builtIn,
        List<BlueprintEntry> entries) {}
