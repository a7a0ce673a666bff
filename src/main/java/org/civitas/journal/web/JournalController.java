package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.MANAGE;

import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Defining journals: list, create, edit, delete. */
@Controller
@RequestMapping("/admin/journals")
class JournalController {

    private final JournalService journals;
    private final SecurityLabels labels;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final MessageSource messages;

    JournalController(
            JournalService journals,
            SecurityLabels labels,
            OrganisationDirectory organisations,
            AccessControl access,
            MessageSource messages) {
        this.journals = journals;
        this.labels = labels;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        requireManage();
        model.addAttribute("journals", journals.list());
        model.addAttribute("labels", labelsByCode());
        return "admin/journals/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        requireManage();
        model.addAttribute("journalForm", JournalForm.empty(labels.lowest().code()));
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute JournalForm journalForm, BindingResult result, Model model, RedirectAttributes redirect) {
        requireManage();
        Forms.required(result, "code", journalForm.code(), null);
        journalForm.requireFilled(result);
        var created = Forms.get(result, () -> journals.define(journalForm.toDefinition()));
        if (created.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "journal.created");
        return "redirect:/admin/journals";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireManage();
        JournalView journal = journals.get(id);
        model.addAttribute("journalForm", JournalForm.of(journal));
        return form(model, journal);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute JournalForm journalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireManage();
        JournalView current = journals.get(id);
        journalForm.requireFilled(result);
        if (!Forms.run(result, () -> journals.change(id, journalForm.toDefinition(), journalForm.version()))) {
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/journals";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        requireManage();
        Forms.flash(messages, redirect, "journal.deleted", () -> journals.delete(id));
        return "redirect:/admin/journals";
    }

    private String form(Model model, JournalView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("levels", JournalLevel.values());
        model.addAttribute("layouts", JournalLayout.values());
        model.addAttribute("labelList", labels.all());
        model.addAttribute("organisations", organisations.all());
        return "admin/journals/form";
    }

    private Map<String, SecurityLabel> labelsByCode() {
        return labels.all().stream().collect(Collectors.toMap(SecurityLabel::code, l -> l));
    }

    private void requireManage() {
        access.requireAny(MANAGE);
    }
}
