package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.GRANT_WRITE;

import org.civitas.identity.AccessControl;
import org.civitas.identity.SignInMethods;
import org.civitas.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator links and unlinks the outside identities (directory, platform, certificate) of an account. */
@Controller
@RequestMapping("/admin/users/{id}/sign-ins")
class UserSignInController {

    private final SignInMethods methods;
    private final AccessControl access;

    UserSignInController(SignInMethods methods, AccessControl access) {
        this.methods = methods;
        this.access = access;
    }

    @PostMapping
    String link(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String subject,
            RedirectAttributes redirect) {
        access.requireAny(GRANT_WRITE);
        try {
            methods.link(id, method, subject);
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (DomainException refused) {
            // the card shows the reason; what was typed is short and shown again
            redirect.addFlashAttribute("signInError", refused.messageKey());
            redirect.addFlashAttribute("signInSubject", subject);
        }
        return back(id);
    }

    @PostMapping("/{linkId}/unlink")
    String unlink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        access.requireAny(GRANT_WRITE);
        methods.unlink(id, linkId);
        redirect.addFlashAttribute("flash", "common.saved");
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/admin/users/" + id + "#sign-ins";
    }
}
