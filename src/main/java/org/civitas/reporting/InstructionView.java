package org.civitas.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded instruction with its follow-up.
 *
 * @param subjectTitle the adopted item's title, or the journal's name and edition number, when recorded
 * @param label the security label of the subject; readers need the clearance for it
 * @param organisationIds the units credited with the subject (every unit of a merged adoption; every credited
 *     unit of the edition's items)
 */
public record InstructionView(
        long id,
        InstructionSubject subject,
        long subjectId,
        String subjectTitle,
        String leaderName,
        InstructionLevel level,
        String text,
        LocalDate instructedOn,
        LocalDate followUpDue,
        String responsibleOrganisation,
        FollowUpStatus followUpStatus,
        String followUpNote,
        String followedUpBy,
        Instant followedUpAt,
        String recordedBy,
        Instant recordedAt,
        String label,
        List<Long> organisationIds,
        long version) {

    public InstructionView {
        organisationIds = List.copyOf(organisationIds);
    }

    /** Whether the follow-up is still open after its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return followUpStatus == FollowUpStatus.OPEN && followUpDue != null && today.isAfter(followUpDue);
    }
}
