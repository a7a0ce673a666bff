package org.civitas.journal;

/**
 * Editions as files in the look of a Chinese government document: red masthead with the journal's
 * name, number line, issuing office and date, red rule, then sections and items. Only editions the
 * current user may see (see {@link EditionService}) are exported, and every export publishes one
 * {@link EditionDownloaded}. PDFs carry a diagonal watermark naming the reader and the time on every page.
 */
public interface EditionExporter {

    ExportedFile pdf(long editionId);

    ExportedFile docx(long editionId);
}
