package org.civitas.journal;

import java.util.List;
import java.util.Set;

/**
 * Which editions a user may see: those labelled within {@code labels}, and unless {@code compiler}, only
 * released or archived editions of the journals in {@code journalIds} (those whose audience includes
 * the user and whose minimum clearance the user reaches).
 */
public record EditionReaders(Set<String> labels, boolean compiler, List<Long> journalIds) {

    public EditionReaders {
        labels = Set.copyOf(labels);
        journalIds = List.copyOf(journalIds);
    }

    public static EditionReaders nobody() {
        return new EditionReaders(Set.of(), false, List.of());
    }
}
