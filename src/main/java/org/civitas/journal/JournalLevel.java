package org.civitas.journal;

/**
 * The administrative level a journal is read at; scoring weighs an item used in a journal by it
 * (an item in a provincial journal scores more than one in a county journal).
 */
public enum JournalLevel {
    /** 县级: a county or city's own journal. */
    COUNTY,
    /** 州（市）级: the prefecture's journals, e.g. 阿坝州《每日信息》. */
    MUNICIPAL,
    /** 省级: a provincial journal that took the item. */
    PROVINCIAL,
    /** 中央级: a national journal that took the item. */
    NATIONAL
}
