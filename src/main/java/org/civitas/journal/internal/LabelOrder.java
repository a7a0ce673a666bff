package org.civitas.journal.internal;

/** The order of the security labels, as an edition's guards need it to keep its items within its own label. */
interface LabelOrder {

    /** The label's rank; an unknown label ranks above every known one, so that it never passes for a lower one. */
    int rank(String code);

    /** The label as a message argument, in the reader's language. */
    Object shown(String code);
}
