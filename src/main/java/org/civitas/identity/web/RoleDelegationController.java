package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.ROLE_WRITE;

import org.civitas.identity.AccessControl;
import org.civitas.identity.RoleDelegation;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator marks a role as delegable to user administrators, on the role's page. */
@Controller
class RoleDelegationController {

    private final RoleDelegation delegation;
    private final AccessControl access;
    private final MessageSource messages;

    RoleDelegationController(RoleDelegation delegation, AccessControl access, MessageSource messages) {
        this.delegation = delegation;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/admin/roles/{id}/delegable")
    String delegate(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean delegable,
            RedirectAttributes redirect) {
        access.requireAny(ROLE_WRITE);
        Forms.flash(messages, redirect, "common.saved", () -> delegation.delegate(id, delegable));
        return "redirect:/admin/roles/" + id + "/edit#delegable";
    }
}
