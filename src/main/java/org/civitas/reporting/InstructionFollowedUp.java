package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The follow-up of an instruction was marked done (or open again) with a note. */
public record InstructionFollowedUp(long instructionId, FollowUpStatus status, String note) implements AuditableEvent {

    @Override
    public String action() {
        return "reporting:instruction-follow-up";
    }

    @Override
    public String objectType() {
        return "Instruction";
    }

    @Override
    public String objectId() {
        return String.valueOf(instructionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "InstructionFollowedUp", AuditSummary.label("reporting.followUp.", status), note == null ? "" : note);
    }
}
