package org.civitas.journal;

/** How an edition uses an item; scoring weighs it (full text scores more than an excerpt). */
public enum ItemUse {
    /** 全文: the item printed whole. */
    FULL_TEXT,
    /** 摘编: an excerpt, shortened or combined with others. */
    EXCERPT
}
