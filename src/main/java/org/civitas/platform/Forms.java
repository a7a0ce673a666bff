package org.civitas.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
}
