package org.civitas.search;

import java.util.List;

/**
 * The index compared with the database.
 *
 * @param expected documents the database says the index should hold
 * @param indexed documents the index holds
 * @param missing ids of documents the index lacks (at most 100 shown)
 * @param extra ids of documents the index holds that should not be there (at most 100 shown)
 * @param stale ids whose indexed title differs from the database (at most 100 shown)
 */
public record DriftReport(
        long expected,
        long indexed,
        long missingCount,
        long extraCount,
        long staleCount,
        List<String> missing,
        List<String> extra,
        List<String> stale) {

    public boolean clean() {
        return missingCount == 0 && extraCount == 0 && staleCount == 0;
    }
}
