package org.civitas.statistics;

/**
 * The statistics as files: the table as a spreadsheet, and the bulletin (通报) as a Word document with
 * the totals, the ranking per kind of unit and the units that missed their quota. Each call publishes
 * one {@link StatisticsExported} (the audit trail's record of the download) before the file is written.
 */
public interface StatisticsExporter {

    StatisticsFile xlsx(StatisticsQuery query);

    StatisticsFile bulletin(StatisticsQuery query);
}
