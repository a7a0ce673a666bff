package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.POLICY_WRITE;

import jakarta.validation.Valid;
import org.civitas.identity.AccessControl;
import org.civitas.identity.PasswordPolicy;
import org.civitas.identity.PasswordPolicyService;
import org.civitas.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The password and session policy (security administrator). */
@Controller
@RequestMapping("/admin/password-policy")
class PasswordPolicyController {

    private final PasswordPolicyService policies;
    private final AccessControl access;

    PasswordPolicyController(PasswordPolicyService policies, AccessControl access) {
        this.policies = policies;
        this.access = access;
    }

    @GetMapping
    String show(Model model) {
        access.requireAny(POLICY_WRITE);
        model.addAttribute("passwordPolicy", policies.current());
        return "admin/password-policy/form";
    }

    @PostMapping
    String update(
            @Valid @ModelAttribute("passwordPolicy") PasswordPolicy passwordPolicy,
            BindingResult result,
            RedirectAttributes redirect) {
        access.requireAny(POLICY_WRITE);
        if (!Forms.run(result, () -> policies.update(passwordPolicy))) {
            return "admin/password-policy/form";
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/password-policy";
    }
}
