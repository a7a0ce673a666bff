package org.civitas.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console form helpers shared by every module: run what a form asks for unless it already has
 * errors; a business-rule refusal is shown on the form (on its field when it names one) and the
 * caller re-renders the form with what the user typed. A missing object still propagates, as a 404.
 */
public final class Forms {

    private Forms() {}

    /**
     * Shows a business-rule refusal on the form: on its field when it names one, otherwise as a
     * form-wide error. The form is then re-rendered with what the user typed, so nothing is lost.
     */
    public static void reject(BindingResult form, DomainException refusal) {
        if (refusal.field() != null) {
            form.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            form.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }

    /**
     * Marks {@code field} as missing when {@code value} is null or blank, with {@code messageKey} (or
     * {@code form.required}). Controllers call it for every required field before the business rules run,
     * which stop at their first refusal: an empty submit then names every missing field at once.
     *
     * @return whether the value was given
     */
    public static boolean required(BindingResult form, String field, Object value, String messageKey) {
        boolean missing = value == null
                || value instanceof CharSequence text && text.toString().isBlank();
        // a form that could not be built at all (a forged post) already carries its binding errors
        if (missing && form.getTarget() != null && !form.hasFieldErrors(field)) {
            String key = messageKey == null ? "form.required" : messageKey;
            form.rejectValue(field, key, key);
        }
        return !missing;
    }

    /** Runs {@code action}; returns whether it ran and succeeded. */
    public static boolean run(BindingResult form, Runnable action) {
        return get(form, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs {@code action}; returns its result, or nothing when the form was invalid or refused. */
    public static <T> Optional<T> get(BindingResult form, Supplier<T> action) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            reject(form, e);
            return Optional.empty();
        } catch (AccessDeniedException e) {
            // a save refused for want of a permission (a file the user may not use, a scope): the bare 403 page
            // would lose everything typed, so the form comes back with the reason, still answered as a 403
            form.reject("error.form.forbidden", "error.form.forbidden");
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null) {
                request.getResponse().setStatus(HttpStatus.FORBIDDEN.value());
            }
            return Optional.empty();
        }
    }

    /**
     * Runs a confirmed action that has no form (a deletion); a business-rule refusal comes back as
     * its reason in the user's language, for the confirmation page to show.
     */
    public static Optional<String> refusal(MessageSource messages, Runnable action) {
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

    /**
     * Runs a confirmed action that has no form and reports how it went on the page the caller redirects
     * to: the {@code success} message key as the flash (none when {@code null}), or the refusal's reason as
     * the error flash. Returns whether the action ran.
     */
    public static boolean flash(MessageSource messages, RedirectAttributes redirect, String success, Runnable action) {
        Optional<String> refusal = refusal(messages, action);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("flashError", refusal.get());
        } else if (success != null) {
            redirect.addFlashAttribute("flash", success);
        }
        return refusal.isEmpty();
    }

    /**
     * Runs a deletion the user confirmed on {@code confirmationView}: once done it flashes
     * {@code common.deleted} and goes to {@code next}; refused, the confirmation page comes back with the
     * reason as {@code refusal} (the caller has put what the page shows into the model).
     */
    public static String deleteConfirmed(
            MessageSource messages,
            Model model,
            RedirectAttributes redirect,
            String confirmationView,
            String next,
            Runnable deletion) {
        Optional<String> refusal = refusal(messages, deletion);
        if (refusal.isPresent()) {
            model.addAttribute("refusal", refusal.get());
            return confirmationView;
        }
        redirect.addFlashAttribute("flash", "common.deleted");
        return next;
    }
}
