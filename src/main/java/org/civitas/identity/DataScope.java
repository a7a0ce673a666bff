package org.civitas.identity;

/** How far a role grant reaches in the organisation tree. */
public enum DataScope {
    /** Only the grant's organisation. */
    OWN,
    /** The grant's organisation and everything below it. */
    SUBTREE,
    /** Every organisation. */
    ALL
}
