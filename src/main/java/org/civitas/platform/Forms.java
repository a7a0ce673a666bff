package org.civitas.platform;

import org.springframework.validation.BindingResult;

/** Console form helpers shared by every module. */
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
}
