package org.civitas.reporting.web.instruction;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.INSTRUCT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import java.time.LocalDate;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionDraft;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of leaders' instructions (领导批示), recording one on an adopted item or edition, and its follow-up. */
@Controller
@RequestMapping("/admin/reporting/instructions")
class InstructionController {

    private final InstructionService instructions;
    private final AccessControl access;
    private final MessageSource messages;

    InstructionController(InstructionService instructions, AccessControl access, MessageSource messages) {
        this.instructions = instructions;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String register(
            @RequestParam(required = false) InstructionLevel level,
            @RequestParam(required = false) FollowUpStatus status,
            Model model) {
        access.requireAny(EDIT, SUBMIT, SIGNOFF, INSTRUCT);
        model.addAttribute("instructions", instructions.register(level, status));
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("levels", InstructionLevel.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("today", LocalDate.now());
        return "admin/reporting/instructions";
    }

    @GetMapping("/new")
    String createForm(@RequestParam InstructionSubject subject, @RequestParam long subjectId, Model model) {
        access.requireAny(EDIT, INSTRUCT);
        var user = access.requireUser();
        // a leader writes their own instruction; the office types a leader's from paper
        String leader = user.has(EDIT) ? "" : user.displayName();
        model.addAttribute(
                "instructionForm",
                new InstructionForm(
                        subject, subjectId, leader, InstructionLevel.MUNICIPAL, "", LocalDate.now(), null, ""));
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute InstructionForm instructionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(EDIT, INSTRUCT);
        var recorded = Forms.get(result, () -> instructions.record(instructionForm.toDraft()));
        if (recorded.isEmpty()) {
            return form(model);
        }
        redirect.addFlashAttribute("flash", "reporting.instruction.recorded");
        return "redirect:/admin/reporting/instructions/" + recorded.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(EDIT, SUBMIT, SIGNOFF, INSTRUCT);
        model.addAttribute("i", instructions.get(id));
        model.addAttribute("office", access.requireUser().has(EDIT));
        model.addAttribute("today", LocalDate.now());
        return "admin/reporting/instruction";
    }

    @PostMapping("/{id}/follow-up")
    String followUp(
            @PathVariable long id,
            @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(
                messages,
                redirect,
                "reporting.instruction.followedUp",
                () -> instructions.followUp(id, status, note, version));
        return "redirect:/admin/reporting/instructions/" + id;
    }

    private String form(Model model) {
        model.addAttribute("levels", InstructionLevel.values());
        return "admin/reporting/instruction-form";
    }

    /** What the office types from the leader's written instruction. */
    record InstructionForm(
            InstructionSubject subject,
            Long subjectId,
            String leaderName,
            InstructionLevel level,
            String text,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate instructedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpDue,
            String responsibleOrganisation) {

        InstructionDraft toDraft() {
            return new InstructionDraft(
                    subject,
                    subjectId == null ? -1 : subjectId,
                    leaderName,
                    level,
                    text,
                    instructedOn,
                    followUpDue,
                    responsibleOrganisation);
        }
    }
}
