package org.civitas.platform.web;

import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form records are bound through their constructor. When one value cannot be converted (a cleared number
 * field), Spring validates the other constructor arguments one by one, which needs a validator that can
 * validate single values; Boot's {@link ValidatorAdapter} cannot, so every other error would go unreported
 * until the number was fixed. The console binders therefore use the Bean Validation validator it wraps.
 */
@ControllerAdvice(basePackages = "org.civitas")
class FormValidationAdvice {

    @InitBinder
    void validateEveryArgument(WebDataBinder binder) {
        if (binder.getValidator() instanceof ValidatorAdapter adapter
                && adapter.getTarget() instanceof SmartValidator beanValidation) {
            binder.setValidator(beanValidation);
        }
    }
}
