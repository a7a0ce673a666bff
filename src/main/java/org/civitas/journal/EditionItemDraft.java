package org.civitas.journal;

import java.util.List;

/**
 * An item to add to an edition: a snapshot the journal keeps, whatever later happens to its source.
 * The reporting module feeds adopted items through this; the console adds hand-written ones.
 *
 * @param section title of the section to add it to; created at the end when the edition has none by that
 *     title; blank for the edition's first section
 * @param bodyHtml rich text, sanitized before it is stored
 * @param credits organisations credited; a blank name is looked up in the organisation directory
 * @param sourceType where it came from, named by the module that owns it (which names its kind as {@code
 *     audit.object.<sourceType>} in its audit bundle, shown with the item), or {@code null} for a hand-written item
 * @param sourceId the source's identifier within its type; an edition holds a source at most once
 * @param use full text or excerpt; {@link ItemUse#FULL_TEXT} when null
 * @param label the security label of the source (e.g. the adopted item's); {@code null} for a hand-written item,
 *     which takes the edition's label. An item whose label ranks above the edition's is refused: an edition never
 *     prints what its readers are not cleared for
 */
public record EditionItemDraft(
        String section,
        String title,
        String bodyHtml,
        List<Credit> credits,
        String sourceType,
        String sourceId,
        ItemUse use,
        String label) {

    public EditionItemDraft {
        credits = credits == null ? List.of() : List.copyOf(credits);
        use = use == null ? ItemUse.FULL_TEXT : use;
    }

    /** An item without a label of its own: it takes the edition's. */
    public EditionItemDraft(
            String section,
            String title,
            String bodyHtml,
            List<Credit> credits,
            String sourceType,
            String sourceId,
            ItemUse use) {
        this(section, title, bodyHtml, credits, sourceType, sourceId, use, null);
    }

    /** An item used in full, without a label of its own. */
    public EditionItemDraft(
            String section, String title, String bodyHtml, List<Credit> credits, String sourceType, String sourceId) {
        this(section, title, bodyHtml, credits, sourceType, sourceId, ItemUse.FULL_TEXT, null);
    }
}
