package org.civitas.journal;

import java.util.List;

/**
 * Forwarding signed-off editions to higher authorities (报送上级). Needs {@link JournalPermissions#COMPILE}
 * and an edition the user may see. {@link #forward} makes the package (a zip with the PDF, the DOCX and a
 * JSON manifest), records what was sent, when, to whom and how with the package's SHA-256, and publishes
 * one {@link EditionForwarded}; bad input is refused with the reason and records nothing.
 */
public interface ForwardService {

    /** The package and its record. */
    record Forwarded(ForwardView record, ExportedFile file) {}

    Forwarded forward(long editionId, String recipient, ForwardMethod method, String note);

    /** Every forward of editions the user may see, newest first. */
    List<ForwardView> list();

    /** Forwards of one edition, newest first. */
    List<ForwardView> ofEdition(long editionId);
}
