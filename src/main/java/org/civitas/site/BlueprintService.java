package org.civitas.site;

import java.util.List;

/** Channel blueprints (统一栏目规划); changing and applying them needs {@link SitePermissions#SITE_CREATE}. */
public interface BlueprintService {

    List<BlueprintView> list();

    BlueprintView get(String code);

    /**
     * Defines a new, empty blueprint for sites of one kind; entries are added with {@link #addEntry}.
     * The code is lower-case letters, digits and hyphens, unique.
     */
    BlueprintView create(String code, String name, SiteKind kind, boolean allowLocal, boolean locked);

    /**
     * Sets whether sites may add local channels and whether the blueprint's channels are locked on
     * its sites (takes effect at once on every site built from it).
     */
    BlueprintView configure(String blueprintCode, boolean allowLocal, boolean locked);

    /** Adds an entry to the blueprint (not yet to its sites: see {@link #applyBlueprint}). */
    BlueprintView addEntry(String blueprintCode, BlueprintEntry entry);

    /** Renames an entry (not yet on its sites: see {@link #applyBlueprint}). */
    BlueprintView renameEntry(String blueprintCode, String entryCode, String newName);

    /** Removes an entry that has no sub-entries (its sites keep the channel until the blueprint is applied). */
    BlueprintView removeEntry(String blueprintCode, String entryCode);

    /**
     * Brings every site built from the blueprint in line with it: adds the missing channels, gives
     * blueprint channels the blueprint's names, and turns channels of removed entries into local
     * channels (their content is kept). Returns the sites that changed.
     */
    List<BlueprintApplication> applyBlueprint(String blueprintCode);
}
