package org.civitas.reporting.internal.instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civitas.identity.AccessControl;
import org.civitas.journal.EditionRemarks;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.InstructionView;
import org.civitas.reporting.ReportingPermissions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows the leaders' instructions recorded on an edition on the journal's edition page, and a way to record one. */
@Component
class InstructionRemarks implements EditionRemarks {

    private final InstructionService instructions;
    private final AccessControl access;
    private final MessageSource messages;

    InstructionRemarks(InstructionService instructions, AccessControl access, MessageSource messages) {
        this.instructions = instructions;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public List<Remark> remarks(long editionId) {
        var user = access.currentUser().orElse(null);
        if (user == null
                || !(user.has(ReportingPermissions.EDIT)
                        || user.has(ReportingPermissions.SUBMIT)
                        || user.has(ReportingPermissions.SIGNOFF)
                        || user.has(ReportingPermissions.INSTRUCT))) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Remark> remarks = new ArrayList<>();
        for (InstructionView i : instructions.on(InstructionSubject.EDITION, editionId)) {
            String level = messages.getMessage("reporting.instructionLevel." + i.level(), null, locale);
            remarks.add(new Remark(
                    messages.getMessage(
                            "reporting.instruction.heading",
                            new Object[] {level, i.leaderName(), i.instructedOn()},
                            locale),
                    i.text(),
                    "/admin/reporting/instructions/" + i.id()));
        }
        if (user.has(ReportingPermissions.EDIT) || user.has(ReportingPermissions.INSTRUCT)) {
            remarks.add(new Remark(
                    messages.getMessage("reporting.instruction.record", null, locale),
                    messages.getMessage("reporting.instruction.record.help", null, locale),
                    "/admin/reporting/instructions/new?subject=EDITION&subjectId=" + editionId));
        }
        return remarks;
    }
}
