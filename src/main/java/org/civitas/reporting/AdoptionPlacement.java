package org.civitas.reporting;

import java.util.List;
import org.civitas.journal.EditionSummary;
import org.civitas.journal.EditionView;
import org.civitas.journal.ItemUse;

/**
 * Puts adopted items into journal editions (组稿 from the desk): the office editor chooses a draft edition,
 * its section and the kind of use (全文 / 摘编). Needs {@link ReportingPermissions#EDIT} for the adoption and
 * the journal module's compile permission for the edition; the journal records the item with source type
 * {@link #SOURCE_TYPE} and publishes its auditable event. Scoring credits the adoption's units when the
 * edition is released.
 */
public interface AdoptionPlacement {

    /** The journal source type of an adopted item; its source id is the adoption id. */
    String SOURCE_TYPE = "reporting.adoption";

    /**
     * Adds the adopted item at the end of {@code section} of a draft edition.
     *
     * @param title the title to print, or blank for the adopted item's
     * @param bodyHtml the text to print (an excerpt is usually shortened), or blank for the adopted item's
     */
    EditionView.Item addToEdition(
            long adoptionId, long editionId, String section, ItemUse use, String title, String bodyHtml);

    /** Draft editions the caller may compile, newest first (for choosing where to add). */
    List<EditionSummary> draftEditions();
}
