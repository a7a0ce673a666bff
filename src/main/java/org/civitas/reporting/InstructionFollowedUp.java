package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The follow-up of an instruction was marked done (or open again) with a note. */
@Audited(action = "reporting:instruction-follow-up", object = "Instruction", id = "instructionId")
public record InstructionFollowedUp(long instructionId, FollowUpStatus status, String note) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(
                "InstructionFollowedUp", AuditSummary.label("reporting.followUp.", status), note == null ? "" : note);
    }
}
