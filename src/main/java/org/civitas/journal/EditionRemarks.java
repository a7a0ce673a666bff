package org.civitas.journal;

import java.util.List;

/**
 * Lines other modules show on an edition's console page (e.g. the leaders' instructions the information desk
 * recorded on it), so that the journal module needs to know nothing of them. Implementations filter by the
 * current user themselves and return an empty list when there is nothing to show.
 */
public interface EditionRemarks {

    List<Remark> remarks(long editionId);

    /**
     * One line, already in the reader's language.
     *
     * @param href a console link to the remark's own page, or null
     */
    record Remark(String heading, String text, String href) {}
}
