package org.civitas.reporting.internal.instruction;

import java.time.Clock;
import java.time.LocalDate;
import org.civitas.platform.DomainException;
import org.civitas.platform.TextInput;
import org.civitas.reporting.InstructionDraft;
import org.springframework.stereotype.Component;

/** Checks what the office typed for an instruction; refusals name the field. */
@Component
class InstructionValidator {

    static final int MAX_LEADER = 50;
    static final int MAX_TEXT = 2000;
    static final int MAX_ORGANISATION = 200;

    private final Clock clock;

    InstructionValidator(Clock clock) {
        this.clock = clock;
    }

    Instruction.Words check(InstructionDraft d) {
        if (d == null || d.subject() == null) {
            throw DomainException.onField("subject", "reporting.instruction.subject.required");
        }
        String leader = required(d.leaderName(), "leaderName", MAX_LEADER);
        if (d.level() == null) {
            throw DomainException.onField("level", "reporting.instruction.level.required");
        }
        String text = required(d.text(), "text", MAX_TEXT);
        if (d.instructedOn() == null) {
            throw DomainException.onField("instructedOn", "reporting.instruction.instructedOn.required");
        }
        if (d.instructedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("instructedOn", "reporting.instruction.instructedOn.future");
        }
        if (d.followUpDue() != null && d.followUpDue().isBefore(d.instructedOn())) {
            throw DomainException.onField("followUpDue", "reporting.instruction.followUpDue.beforeInstruction");
        }
        String organisation = optional(d.responsibleOrganisation(), "responsibleOrganisation", MAX_ORGANISATION);
        return new Instruction.Words(leader, d.level(), text, d.instructedOn(), d.followUpDue(), organisation);
    }

    String note(String note) {
        return optional(note, "note", MAX_TEXT);
    }

    private static String required(String value, String field, int max) {
        return TextInput.required(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        return TextInput.optional(value, field, max);
    }
}
