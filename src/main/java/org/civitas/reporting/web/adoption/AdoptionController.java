package org.civitas.reporting.web.adoption;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import org.civitas.identity.AccessControl;
import org.civitas.journal.ItemUse;
import org.civitas.platform.Forms;
import org.civitas.reporting.AdoptionPlacement;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.ReportingPermissions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An adopted item's page: its credited units, the leaders' instructions on it, and adding it to a journal edition. */
@Controller
@RequestMapping("/admin/reporting/adoptions")
class AdoptionController {

    private final DeskService desk;
    private final InstructionService instructions;
    private final AdoptionPlacement adoptionPlacement;
    private final AccessControl access;
    private final MessageSource messages;

    AdoptionController(
            DeskService desk,
            InstructionService instructions,
            AdoptionPlacement adoptionPlacement,
            AccessControl access,
            MessageSource messages) {
        this.desk = desk;
        this.instructions = instructions;
        this.adoptionPlacement = adoptionPlacement;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(EDIT, SUBMIT, SIGNOFF, ReportingPermissions.INSTRUCT);
        boolean office = access.requireUser().has(EDIT);
        model.addAttribute("instructs", office || access.requireUser().has(ReportingPermissions.INSTRUCT));
        model.addAttribute("a", desk.adoption(id));
        model.addAttribute("instructions", instructions.on(InstructionSubject.ADOPTION, id));
        model.addAttribute("office", office);
        model.addAttribute("drafts", office ? adoptionPlacement.draftEditions() : java.util.List.of());
        model.addAttribute("uses", ItemUse.values());
        return "admin/reporting/adoption";
    }

    @PostMapping("/{id}/editions")
    String addToEdition(
            @PathVariable long id,
            @RequestParam(required = false) Long editionId,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) ItemUse use,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(messages, redirect, "reporting.adoption.addedToEdition", () -> {
            if (editionId == null) {
                throw org.civitas.platform.DomainException.onField("editionId", "reporting.adoption.edition.required");
            }
            adoptionPlacement.addToEdition(id, editionId, section, use, title, null);
        });
        return "redirect:/admin/reporting/adoptions/" + id;
    }
}
