package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.USER_READ;
import static org.civitas.identity.IdentityPermissions.USER_WRITE;

import jakarta.validation.Valid;
import org.civitas.identity.AccessControl;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.UserService.CreatedUser;
import org.civitas.identity.UserView;
import org.civitas.platform.Forms;
import org.civitas.platform.PageLink;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
 * Users within the caller's data scope: search, create (people and service accounts), edit, enable
 * or disable, unlock, reset the password. Which of these the caller may do to which account is the
 * table of duties' decision, made in the service.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

    static final int PAGE_SIZE = 20;

    private final UserService users;
    private final AccessControl access;
    private final OrganisationPicker organisations;
    private final UserDetailPage detail;

    UserController(UserService users, AccessControl access, OrganisationPicker organisations, UserDetailPage detail) {
        this.users = users;
        this.access = access;
        this.organisations = organisations;
        this.detail = detail;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var found = users.search(q, organisationId, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")));
        model.addAttribute("users", found);
        model.addAttribute("q", q);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("organisations", organisations.options(USER_READ));
        model.addAttribute("pageBase", pageBase(q, organisationId));
        model.addAttribute("mayWrite", access.has(USER_WRITE));
        return "admin/users/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        access.requireAny(USER_WRITE);
        var me = access.requireUser();
        Long home = access.scope(USER_WRITE).contains(me.organisationId()) ? me.organisationId() : null;
        model.addAttribute("userForm", new UserDraft("", "", home, "", "", ""));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("userForm") UserDraft userForm,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean serviceAccount,
            Model model,
            RedirectAttributes redirect) {
        var created = Forms.get(
                result,
                () -> serviceAccount
                        ? new CreatedUser(users.createServiceAccount(userForm), null)
                        : users.create(userForm));
        if (created.isEmpty()) {
            model.addAttribute("serviceAccount", serviceAccount);
            return form(model, null);
        }
        CreatedUser user = created.get();
        if (user.initialPassword() != null) {
            // a flash attribute lives for exactly one request: the password is shown once
            redirect.addFlashAttribute("initialPassword", user.initialPassword());
        }
        redirect.addFlashAttribute("flash", "user.created");
        return "redirect:/admin/users/" + user.user().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return detail.render(id, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        if (!users.operationsOn(id).contains("UPDATE")) {
            throw new AccessDeniedException("account:update refused on account " + id);
        }
        UserView u = users.get(id);
        model.addAttribute(
                "userForm",
                new UserDraft(u.username(), u.displayName(), u.organisationId(), u.email(), u.phone(), null));
        return form(model, u);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("userForm") UserDraft userForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserView current = users.get(id);
        if (!Forms.run(result, () -> users.update(id, userForm))) {
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(id, true);
        redirect.addFlashAttribute("flash", "user.enabled.done");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(id, false);
        redirect.addFlashAttribute("flash", "user.disabled.done");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", "user.unlocked.done");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", users.resetPassword(id));
        redirect.addFlashAttribute("flash", "user.passwordReset.done");
        return "redirect:/admin/users/" + id;
    }

    /** The list's address with the current filter, ending in {@code page=} for the pager to complete. */
    private static String pageBase(String q, Long organisationId) {
        return PageLink.to("/admin/users")
                .with("q", q)
                .with("organisationId", organisationId)
                .pageBase();
    }

    /** The create or edit form; {@code editing} is null when creating. */
    private String form(Model model, UserView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("organisations", organisations.options(USER_WRITE));
        return "admin/users/form";
    }
}
