package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.ORGANISATION_WRITE;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationDraft;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.OrganisationView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree: browse, create a child, edit, move with its subtree, delete an empty one. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationController {

    private static final String LIST = "redirect:/admin/organisations";

    private final OrganisationService organisations;
    private final AccessControl access;
    private final MessageSource messages;

    OrganisationController(OrganisationService organisations, AccessControl access, MessageSource messages) {
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute(
                "roots", OrganisationTree.of(organisations.visibleTree()).roots());
        model.addAttribute("mayWrite", access.has(ORGANISATION_WRITE));
        return "admin/organisations/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        access.requireAny(ORGANISATION_WRITE);
        long home = access.requireUser().organisationId();
        Long parent = parentId != null || !access.scope(ORGANISATION_WRITE).contains(home) ? parentId : home;
        model.addAttribute("organisationForm", new OrganisationDraft("", "", "UNIT", parent, 0));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("organisationForm") OrganisationDraft organisationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(ORGANISATION_WRITE);
        if (!Forms.run(result, () -> organisations.create(organisationForm))) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireAny(ORGANISATION_WRITE);
        OrganisationView o = organisations.get(id);
        model.addAttribute(
                "organisationForm", new OrganisationDraft(o.name(), o.code(), o.kind(), o.parentId(), o.sortOrder()));
        return form(model, o);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("organisationForm") OrganisationDraft organisationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(ORGANISATION_WRITE);
        OrganisationView current = organisations.get(id);
        if (!Forms.run(result, () -> organisations.update(id, organisationForm))) {
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return LIST;
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        access.requireAny(ORGANISATION_WRITE);
        OrganisationView o = organisations.get(id);
        model.addAttribute("moveForm", new MoveForm(o.parentId()));
        return move(model, o);
    }

    @PostMapping("/{id}/move")
    String moveTo(
            @PathVariable long id,
            @ModelAttribute MoveForm moveForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(ORGANISATION_WRITE);
        OrganisationView o = organisations.get(id);
        if (!Forms.run(result, () -> organisations.move(id, moveForm.parentId()))) {
            return move(model, o);
        }
        redirect.addFlashAttribute("flash", "organisation.moved");
        return LIST;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        access.requireAny(ORGANISATION_WRITE);
        model.addAttribute("organisation", organisations.get(id));
        return "admin/organisations/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        access.requireAny(ORGANISATION_WRITE);
        model.addAttribute("organisation", organisations.get(id));
        return Forms.deleteConfirmed(
                messages, model, redirect, "admin/organisations/delete", LIST, () -> organisations.delete(id));
    }

    /** The create or edit form; {@code editing} is null when creating. */
    private String form(Model model, OrganisationView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("parents", parentOptions(editing));
        model.addAttribute("topLevelAllowed", access.scope(ORGANISATION_WRITE).all());
        List<String> kinds = new ArrayList<>(OrganisationDraft.KINDS);
        if (editing != null && !kinds.contains(editing.kind())) {
            kinds.add(editing.kind()); // an imported kind stays selectable
        }
        model.addAttribute("kinds", kinds);
        return "admin/organisations/form";
    }

    private String move(Model model, OrganisationView moving) {
        model.addAttribute("organisation", moving);
        model.addAttribute("parents", parentOptions(moving));
        model.addAttribute("topLevelAllowed", access.scope(ORGANISATION_WRITE).all());
        return "admin/organisations/move";
    }

    /** Where an organisation may go: inside the caller's write scope, never below itself. */
    private List<OrganisationTree.Option> parentOptions(OrganisationView self) {
        OrganisationScope writable = access.scope(ORGANISATION_WRITE);
        return OrganisationTree.of(organisations.visibleTree())
                .options(writable::contains, self == null ? -1 : self.id());
    }

    /** The new parent chosen on the move page; none means top level. */
    record MoveForm(Long parentId) {}
}
