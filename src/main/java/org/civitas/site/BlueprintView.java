package org.civitas.site;

import java.util.List;

/** A channel blueprint (统一栏目规划): entries in tree order, parents before their children. */
public record BlueprintView(
        String code, String name, SiteKind kind, boolean allowLocal, boolean builtIn, List<BlueprintEntry> entries) {}
