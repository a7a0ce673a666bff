package org.civitas.journal.trusted;

import java.util.Optional;
import org.civitas.journal.EditionView;
import org.civitas.journal.JournalLevel;

/**
 * Trusted port: no permission checks; what a released edition carried and its journal's level, for modules
 * that credit the sources of its items when {@link org.civitas.journal.EditionReleased} arrives (reporting's
 * scoring), whoever released it.
 */
public interface ReleasedEditions {

    /** The edition with its journal's level; empty when there is no such edition. */
    Optional<ReleasedEdition> find(long editionId);

    /** An edition and the level of its journal. */
    record ReleasedEdition(EditionView edition, JournalLevel level) {}
}
