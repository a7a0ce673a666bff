package org.civitas.site.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.civitas.identity.AccessControl;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/**
 * What the site console pages share: refusing a page outright (403) to users without any site
 * permission, and running form actions so that refusals show on the form with what was typed.
 */
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

    static boolean run(BindingResult form, Runnable action) {
        return get(form, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    static <T> Optional<T> get(BindingResult form, Supplier<T> action) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Forms.reject(form, e);
            return Optional.empty();
        }
    }

    /** Runs an action without a form; a refusal comes back as its reason in the user's language. */
    static Optional<String> refusal(MessageSource messages, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            return Optional.of(messages.getMessage(
                    e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        }
    }
}
