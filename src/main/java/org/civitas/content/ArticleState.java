package org.civitas.content;

/** Life cycle of an article: draft → in review → approved → published → withdrawn. */
public enum ArticleState {
    /** Being written; also where a returned article goes back to. */
    DRAFT,
    /** On its channel's review chain. */
    IN_REVIEW,
    /** Passed the chain, waiting for its scheduled publish time. */
    APPROVED,
    /** Visible to the public. */
    PUBLISHED,
    /** Taken off the public sites (by hand or by its scheduled withdrawal time). */
    WITHDRAWN
}
