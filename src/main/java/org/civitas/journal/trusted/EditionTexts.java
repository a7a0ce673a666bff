package org.civitas.journal.trusted;

import java.util.List;
import java.util.Optional;
import org.civitas.journal.EditionReaders;
import org.civitas.journal.EditionView;

/**
 * Trusted port: no permission checks; reads editions as text for the search index, so a caller must
 * filter what it shows with {@link #readers()}, which states the same rule as the edition lists.
 */
public interface EditionTexts {

    /** The edition with its journal name, number and every item; empty when it does not exist (any more). */
    Optional<EditionView> edition(long id);

    List<Long> editionIds();

    /** The console page of an edition, where a search hit on it opens. */
    default String editionAddress(long id) {
        return "/admin/editions/" + id;
    }

    /** Which editions the current user may see. */
    EditionReaders readers();
}
