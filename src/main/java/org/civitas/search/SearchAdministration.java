package org.civitas.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rebuilding and checking the index, for the console and the command line. A rebuild fills a new index
 * beside the one in use, which keeps answering searches (and receiving updates) until the new one
 * replaces it; synonyms and protected terms take effect with it.
 */
public interface SearchAdministration {

    /** Rebuilds the index now, in the calling thread, reporting progress; refuses while another rebuild runs. */
    ReindexReport reindex(String operator, Consumer<ReindexProgress> progress);

    /** Starts a rebuild in the background; refuses while another one runs. */
    void startReindex();

    /** The rebuild running now, or the last one since start. */
    Optional<ReindexProgress> progress();

    /** Compares the index with the database: what is missing, what is stale, what should not be there. */
    DriftReport drift();
}
