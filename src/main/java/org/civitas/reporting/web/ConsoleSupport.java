package org.civitas.reporting.web;

import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the desk's console pages share: refusing a page to users without any of its permissions, flash results. */
final class ConsoleSupport {

    private ConsoleSupport() {}

    static void requireAny(AccessControl access, String... permissions) {
        var user = access.requireUser();
        for (String permission : permissions) {
            if (user.has(permission)) {
                return;
            }
        }
        throw new AccessDeniedException("missing permission " + String.join(" or ", permissions));
    }

    /** Runs a form-less action; success shows {@code success}, a refusal its reason. Returns whether it ran. */
    static boolean flash(MessageSource messages, RedirectAttributes redirect, String success, Runnable action) {
        Optional<String> refusal = Forms.refusal(messages, action);
        refusal.ifPresentOrElse(
                reason -> redirect.addFlashAttribute("flashError", reason),
                () -> redirect.addFlashAttribute("flash", success));
        return refusal.isEmpty();
    }
}
