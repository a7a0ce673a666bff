package org.civitas.reporting.web;

import java.util.Optional;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the desk's console pages share: flash results of form-less actions. */
final class ConsoleSupport {

    private ConsoleSupport() {}

    /** Runs a form-less action; success shows {@code success}, a refusal its reason. Returns whether it ran. */
    static boolean flash(MessageSource messages, RedirectAttributes redirect, String success, Runnable action) {
        Optional<String> refusal = Forms.refusal(messages, action);
        refusal.ifPresentOrElse(
                reason -> redirect.addFlashAttribute("flashError", reason),
                () -> redirect.addFlashAttribute("flash", success));
        return refusal.isEmpty();
    }
}
