package org.civitas.reporting;

/** How a released edition used an adopted item, for scoring: as the journal printed it, or merged (综合采用). */
public enum ScoreUse {
    /** 全文采用. */
    FULL_TEXT,
    /** 摘编采用. */
    EXCERPT,
    /** 综合采用: the item was merged from several units' submissions; every unit scores this. */
    MERGED
}
