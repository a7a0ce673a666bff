package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.ROLE_WRITE;
import static org.civitas.identity.IdentityPermissions.SECOND_FACTOR_RESET;

import org.civitas.identity.AccessControl;
import org.civitas.identity.SecondFactorService;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's second-factor actions: resetting a user's, marking a role as requiring one. */
@Controller
class SecondFactorAdminController {

    private final SecondFactorService secondFactor;
    private final AccessControl access;
    private final MessageSource messages;

    SecondFactorAdminController(SecondFactorService secondFactor, AccessControl access, MessageSource messages) {
        this.secondFactor = secondFactor;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(SECOND_FACTOR_RESET);
        Forms.flash(messages, redirect, "secondFactor.reset.done", () -> secondFactor.reset(id));
        return "redirect:/admin/users/" + id + "#sign-in";
    }

    @PostMapping("/admin/roles/{id}/second-factor")
    String requireForRole(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean required,
            RedirectAttributes redirect) {
        access.requireAny(ROLE_WRITE);
        secondFactor.requireForRole(id, required);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/roles/" + id + "/edit";
    }
}
