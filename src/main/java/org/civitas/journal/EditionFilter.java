package org.civitas.journal;

/** What an edition list is narrowed to; {@code null} fields do not narrow. */
public record EditionFilter(Long journalId, EditionState state, Integer year) {

    public static EditionFilter none() {
        return new EditionFilter(null, null, null);
    }
}
