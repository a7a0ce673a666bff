package org.civitas.journal;

/** How an edition's export looks. */
public enum JournalLayout {
    /** 红头: red masthead with the journal's name, number line, red rule; for formal journals. */
    RED_MASTHEAD,
    /** 简报: a smaller masthead, for daily bulletins that run to many pages. */
    BULLETIN
}
