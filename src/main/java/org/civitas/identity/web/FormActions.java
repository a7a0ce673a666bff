package org.civitas.identity.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * Runs what a console form asks for, unless the form already has errors. A business-rule refusal is
 * shown on the form (on its field when it names one) and the caller re-renders the form with what the
 * user typed; a missing object still propagates, as a 404.
 */
final class FormActions {

    private FormActions() {}

    /** Runs {@code action}; returns whether it ran and succeeded. */
    static boolean run(BindingResult form, Runnable action) {
        return get(form, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs {@code action}; returns its result, or nothing when the form was invalid or refused. */
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

    /**
     * Runs a confirmed action that has no form (a deletion); a business-rule refusal comes back as
     * its reason in the user's language, for the confirmation page to show.
     */
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
