package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.ROLE_WRITE;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.RoleDelegation;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.SecondFactorService;
import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.Forms;
import org.civitas.platform.PermissionDefinition;
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

/** Roles composed from the modules' permission catalogue; built-in roles keep their permissions. */
@Controller
@RequestMapping("/admin/roles")
class RoleController {

    private static final String LIST = "redirect:/admin/roles";

    private final RoleService roles;
    private final AccessControl access;
    private final MessageSource messages;
    private final SecondFactorService secondFactor;
    private final RoleDelegation delegation;

    RoleController(
            RoleService roles,
            AccessControl access,
            MessageSource messages,
            SecondFactorService secondFactor,
            RoleDelegation delegation) {
        this.delegation = delegation;
        this.secondFactor = secondFactor;
        this.roles = roles;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "roles",
                roles.roles().stream()
                        .map(r ->
                                new RoleRow(r, r.permissions().stream().sorted().toList()))
                        .toList());
        model.addAttribute("mayWrite", access.has(ROLE_WRITE));
        return "admin/roles/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        access.requireAny(ROLE_WRITE);
        model.addAttribute("roleForm", new RoleDraft("", "", "", Set.of()));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("roleForm") RoleDraft roleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.run(result, () -> roles.create(roleForm))) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireAny(ROLE_WRITE);
        RoleView role = roles.get(id);
        model.addAttribute("roleForm", new RoleDraft(role.code(), role.name(), role.description(), role.permissions()));
        return form(model, role);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("roleForm") RoleDraft roleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        RoleView role = roles.get(id);
        // a built-in role's permissions are shown read-only, so the browser sends none: keep them
        RoleDraft changes = role.builtin()
                ? new RoleDraft(roleForm.code(), roleForm.name(), roleForm.description(), role.permissions())
                : roleForm;
        if (!Forms.run(result, () -> roles.update(id, changes))) {
            return form(model, role);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return LIST;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        access.requireAny(ROLE_WRITE);
        model.addAttribute("role", roles.get(id));
        return "admin/roles/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        model.addAttribute("role", roles.get(id));
        return Forms.deleteConfirmed(messages, model, redirect, "admin/roles/delete", LIST, () -> roles.delete(id));
    }

    private String form(Model model, RoleView editing) {
        model.addAttribute("editing", editing);
        if (editing != null) {
            model.addAttribute("secondFactorRequirement", secondFactor.requirementOf(editing.id()));
            model.addAttribute("roleDelegable", delegation.delegable().stream().anyMatch(r -> r.id() == editing.id()));
        }
        model.addAttribute("groups", groups(roles.catalogue()));
        return "admin/roles/form";
    }

    /**
     * The catalogue by administrative duty, ordinary work first, so that a role visibly stays within one
     * duty (三员分立). {@code duty} is null for ordinary permissions.
     */
    static List<PermissionGroup> groups(List<PermissionDefinition> catalogue) {
        List<PermissionGroup> groups = new ArrayList<>();
        List<AdministrativeDuty> order = new ArrayList<>();
        order.add(null);
        order.addAll(List.of(AdministrativeDuty.values()));
        for (AdministrativeDuty duty : order) {
            List<String> codes = catalogue.stream()
                    .filter(p -> Objects.equals(p.duty(), duty))
                    .map(PermissionDefinition::code)
                    .toList();
            if (!codes.isEmpty()) {
                groups.add(new PermissionGroup(duty, codes));
            }
        }
        return groups;
    }

    /** A role as listed, its permissions in a stable order. */
    record RoleRow(RoleView role, List<String> permissions) {}

    /** Permissions of one duty; {@code duty} is null for ordinary work. */
    record PermissionGroup(AdministrativeDuty duty, List<String> codes) {

        public String messageKey() {
            return duty == null ? "duty.ORDINARY" : "duty." + duty.name();
        }
    }
}
