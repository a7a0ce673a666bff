package org.civitas.reporting;

import java.time.LocalDate;

/**
 * A leader's instruction (领导批示) as the office records it.
 *
 * @param instructedOn the day the leader wrote it; not in the future
 * @param followUpDue when the follow-up it asks for is due, or null
 * @param responsibleOrganisation who must follow up (free text: it may be outside the directory), or null;
 *     with {@code followUpDue} null too, the instruction asks for no follow-up
 */
public record InstructionDraft(
        InstructionSubject subject,
        long subjectId,
        String leaderName,
        InstructionLevel level,
        String text,
        LocalDate instructedOn,
        LocalDate followUpDue,
        String responsibleOrganisation) {}
