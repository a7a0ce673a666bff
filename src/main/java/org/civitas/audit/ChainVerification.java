package org.civitas.audit;

/**
 * The result of checking the audit trail's hash chain from the first record to the newest.
 *
 * @param checked how many records were checked (up to and including the first broken one)
 * @param firstBrokenId id of the first record whose link is broken, or {@code null} when intact
 * @param problem what is wrong with that record, or {@code null} when intact
 */
public record ChainVerification(long checked, Long firstBrokenId, Problem problem) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null);
    }

    public static ChainVerification broken(long checked, long id, Problem problem) {
        return new ChainVerification(checked, id, problem);
    }

    public boolean intact() {
        return problem == null;
    }

    /** Ways a link can be broken. */
    public enum Problem {
        /** The record's content no longer matches its hash: it was altered. */
        ALTERED,
        /** The record does not point to the hash of the record before it: a record was altered, removed or inserted before it. */
        LINK_BROKEN,
        /** Records are missing before this id (ids are contiguous). */
        MISSING,
        /** The newest records are missing or the chain head was changed: the id names the last record the head expects. */
        HEAD_MISMATCH
    }
}
