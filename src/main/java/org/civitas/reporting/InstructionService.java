package org.civitas.reporting;

import java.util.List;

/**
 * Leaders' instructions (领导批示) on adopted items and journal editions, with the follow-up they ask for.
 * Recording and following up need {@link ReportingPermissions#EDIT} (an instruction on an edition also a
 * journal permission to read it) and publish {@link InstructionRecorded} / {@link InstructionFollowedUp}.
 * Reads: nobody sees an instruction above their clearance; the office sees those whose credited units are in
 * its scope (and those crediting no unit); a unit those crediting it.
 */
public interface InstructionService {

    InstructionView record(InstructionDraft draft);

    /** Marks the follow-up done (or open again) with a note; refuses for an instruction that asks for none. */
    InstructionView followUp(long id, FollowUpStatus status, String note, long expectedVersion);

    InstructionView get(long id);

    /** Instructions on one subject, newest first. */
    List<InstructionView> on(InstructionSubject subject, long subjectId);

    /** The register: every visible instruction, newest first, narrowed by level and follow-up status when given. */
    List<InstructionView> register(InstructionLevel level, FollowUpStatus status);
}
