package org.civitas.workflow.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civitas.identity.AccessControl;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewStepScope;
import org.civitas.workflow.WorkflowPermissions;
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

/**
 * Review chain definitions in the console. The service checks the permissions of every read and write;
 * the form pages check {@code reviewchain:write} up front so that nobody fills in a form they cannot save.
 */
@Controller
@RequestMapping("/admin/review-chains")
class ReviewChainController {

    private static final String FORM = "admin/review-chains/form";
    private static final String LIST = "redirect:/admin/review-chains";

    private final ReviewChainService chains;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final MessageSource messages;

    ReviewChainController(
            ReviewChainService chains,
            OrganisationDirectory organisations,
            AccessControl access,
            MessageSource messages) {
        this.chains = chains;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        var all = chains.list();
        Map<Long, String> organisationNames = new HashMap<>();
        all.stream()
                .flatMap(chain -> chain.steps().stream())
                .map(ReviewChainStep::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> organisations.find(id).ifPresent(org -> organisationNames.put(id, org.name())));
        model.addAttribute("chains", all);
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("canWrite", access.requireUser().has(WorkflowPermissions.CHAIN_WRITE));
        return "admin/review-chains/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(ChainForm.blank(), null, model);
    }

    @PostMapping(path = "/new", params = "save")
    String define(
            @ModelAttribute("chain") ChainForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        requireWrite();
        form.compact();
        try {
            chains.define(form.definition());
        } catch (DomainException e) {
            Forms.reject(result, e);
            return form(form, null, model);
        }
        redirect.addFlashAttribute("flash", "workflow.flash.chainSaved");
        return LIST;
    }

    @PostMapping(path = "/new", params = "!save")
    String editNew(
            @ModelAttribute("chain") ChainForm form,
            @RequestParam(required = false) String addStep,
            @RequestParam(required = false) Integer removeStep,
            @RequestParam(required = false) Integer moveUp,
            Model model) {
        rearrange(form, addStep, removeStep, moveUp);
        return form(form, null, model);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model, RedirectAttributes redirect, Locale locale) {
        var chain = chains.find(code);
        if (chain.isEmpty()) {
            redirect.addFlashAttribute(
                    "flashError", messages.getMessage("workflow.chain.unknown", new Object[] {code}, locale));
            return LIST;
        }
        return form(ChainForm.of(chain.get()), code, model);
    }

    @PostMapping(path = "/{code}/edit", params = "save")
    String change(
            @PathVariable String code,
            @ModelAttribute("chain") ChainForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireWrite();
        form.compact();
        form.setCode(code);
        try {
            chains.change(code, form.definition(), form.getVersion());
        } catch (DomainException e) {
            Forms.reject(result, e);
            return form(form, code, model);
        }
        redirect.addFlashAttribute("flash", "workflow.flash.chainSaved");
        return LIST;
    }

    @PostMapping(path = "/{code}/edit", params = "!save")
    String editExisting(
            @PathVariable String code,
            @ModelAttribute("chain") ChainForm form,
            @RequestParam(required = false) String addStep,
            @RequestParam(required = false) Integer removeStep,
            @RequestParam(required = false) Integer moveUp,
            Model model) {
        form.setCode(code);
        rearrange(form, addStep, removeStep, moveUp);
        return form(form, code, model);
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        try {
            chains.delete(code);
            redirect.addFlashAttribute("flash", "workflow.flash.chainDeleted");
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "flashError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return LIST;
    }

    private void rearrange(ChainForm form, String addStep, Integer removeStep, Integer moveUp) {
        if (addStep != null) {
            form.addStep();
        } else if (removeStep != null) {
            form.removeStep(removeStep);
        } else if (moveUp != null) {
            form.moveUp(moveUp);
        }
    }

    /** The form page; {@code code} is the chain being edited, {@code null} for a new one. */
    private String form(ChainForm form, String code, Model model) {
        requireWrite();
        if (form.getSteps().isEmpty()) {
            form.addStep();
        }
        model.addAttribute("chain", form);
        model.addAttribute("editing", code);
        model.addAttribute("scopes", ReviewStepScope.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("maxSteps", 20);
        return FORM;
    }

    private void requireWrite() {
        access.requireAny(WorkflowPermissions.CHAIN_WRITE);
    }
}
