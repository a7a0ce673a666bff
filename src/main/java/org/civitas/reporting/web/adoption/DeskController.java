package org.civitas.reporting.web.adoption;

import static org.civitas.reporting.ReportingPermissions.EDIT;

import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionView;
import org.springframework.context.MessageSource;
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

/** The office editor's actions on a submission: edit (kept apart from the original), pre-adopt, adopt, return, merge. */
@Controller
@RequestMapping("/admin/reporting/submissions")
class DeskController {

    private final DeskService desk;
    private final SubmissionService submissions;
    private final AccessControl access;
    private final MessageSource messages;

    DeskController(DeskService desk, SubmissionService submissions, AccessControl access, MessageSource messages) {
        this.desk = desk;
        this.submissions = submissions;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/{id}/office-edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireAny(EDIT);
        SubmissionView s = submissions.get(id);
        model.addAttribute("s", s);
        model.addAttribute("editForm", new EditForm(s.currentTitle(), s.currentBody(), s.version()));
        return "admin/reporting/office-edit";
    }

    @PostMapping("/{id}/office-edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute EditForm editForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(EDIT);
        SubmissionView s = submissions.get(id);
        long version = editForm.version() == null ? -1 : editForm.version();
        if (!Forms.run(result, () -> desk.edit(id, editForm.title(), editForm.body(), version))) {
            model.addAttribute("s", s);
            return "admin/reporting/office-edit";
        }
        redirect.addFlashAttribute("flash", "reporting.edited");
        return "redirect:/admin/reporting/submissions/" + id;
    }

    @PostMapping("/{id}/pre-adopt")
    String preAdopt(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(messages, redirect, "reporting.preAdopted", () -> desk.preAdopt(id));
        return "redirect:/admin/reporting/submissions/" + id;
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(messages, redirect, "reporting.adopted", () -> desk.adopt(id));
        return "redirect:/admin/reporting/submissions/" + id;
    }

    @PostMapping("/{id}/return")
    String returnToUnit(
            @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(messages, redirect, "reporting.returned", () -> desk.returnToUnit(id, reason));
        return "redirect:/admin/reporting/submissions/" + id;
    }

    /** Merges this submission with the near-duplicates ticked on its page into one adopted item. */
    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(name = "with", required = false) List<Long> with,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        access.requireAny(EDIT);
        List<Long> ids = new ArrayList<>();
        ids.add(id);
        if (with != null) {
            ids.addAll(with);
        }
        Forms.flash(messages, redirect, "reporting.merged", () -> desk.merge(ids, title, null));
        return "redirect:/admin/reporting/submissions/" + id;
    }

    /** The office's version of title and text; {@code version} guards against overwriting a colleague's edit. */
    record EditForm(String title, String body, Long version) {}
}
