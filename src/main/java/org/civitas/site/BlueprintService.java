package org.civitas.site;

import java.util.List;
import java.util.Map;

/** Channel blueprints (统一栏目规划); changing and applying them needs {@link SitePermissions#SITE_CREATE}. */
public interface BlueprintService {

    List<BlueprintView> list();

    BlueprintView get(String code);

    /** Adds an entry to the blueprint (not yet to its sites: see {@link #applyBlueprint}). */
    BlueprintView addEntry(String blueprintCode, BlueprintEntry entry);

    /** Adds the missing blueprint channels to every site built from it; the added entry codes per site name. */
    Map<String, List<String>> applyBlueprint(String blueprintCode);
}
