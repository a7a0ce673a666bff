package org.civitas.reporting;

import java.time.LocalDate;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * A leader's instruction was recorded. Scoring credits every unit in {@code organisationIds} (the credited units
 * of the adopted item, or of all items of the edition) by {@code level}.
 */
public record InstructionRecorded(
        long instructionId,
        InstructionSubject subject,
        long subjectId,
        InstructionLevel level,
        String leaderName,
        LocalDate instructedOn,
        List<Long> organisationIds)
        implements AuditableEvent {

    public InstructionRecorded {
        organisationIds = List.copyOf(organisationIds);
    }

    @Override
    public String action() {
        return "reporting:instruction-record";
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
                "InstructionRecorded",
                AuditSummary.label("reporting.instructionLevel.", level),
                leaderName,
                AuditSummary.label("audit.instructionSubject.", subject),
                subjectId,
                organisationIds.size());
    }
}
