package org.civitas.reporting;

import java.time.Instant;
import java.util.Set;

/**
 * A submission or adopted item as plain text with what decides who may see it.
 *
 * @param body the text without markup (the office's edit and the unit's original, when they differ)
 * @param organisationIds the unit, or every credited unit of an adopted item
 * @param state the submission's state; {@link SubmissionState#ADOPTED} for adopted items
 * @param date when it was sent (or written, while a draft), or adopted
 */
public record DeskText(
        long id,
        String title,
        String body,
        String label,
        Set<Long> organisationIds,
        SubmissionState state,
        Instant date) {

    public DeskText {
        organisationIds = Set.copyOf(organisationIds);
    }
}
