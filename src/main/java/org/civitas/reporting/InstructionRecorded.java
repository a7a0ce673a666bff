package org.civitas.reporting;

import java.time.LocalDate;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A leader's instruction was recorded. Scoring credits every unit in {@code organisationIds} (the credited units
 * of the adopted item, or of all items of the edition) by {@code level}.
 */
@Audited(action = "reporting:instruction-record", object = "Instruction", id = "instructionId")
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
