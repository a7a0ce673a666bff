package org.civitas.journal;

/** What an edition list is narrowed to; {@code null} fields do not narrow. */
public record EditionQuery(Long journalId, EditionState state, Integer year) {

    public static EditionQuery none() {
        return new EditionQuery(null, null, null);
    }
}
