package org.civitas.identity.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.civitas.identity.IdentityEvent.PasswordPolicyChanged;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.PasswordPolicy;
import org.civitas.identity.PasswordPolicyService;
import org.civitas.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PasswordPolicyAdministration implements PasswordPolicyService {

    private final PasswordPolicies policies;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    PasswordPolicyAdministration(PasswordPolicies policies, Validator validator, ApplicationEventPublisher events) {
        this.policies = policies;
        this.validator = validator;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public PasswordPolicy current() {
        return policies.findById(PasswordPolicyRecord.ID).orElseThrow().view();
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.POLICY_WRITE + "')")
    public PasswordPolicy update(PasswordPolicy policy) {
        requireFloors(policy);
        var record = policies.findById(PasswordPolicyRecord.ID).orElseThrow();
        record.apply(policy);
        events.publishEvent(new PasswordPolicyChanged(policy));
        return record.view();
    }

    /**
     * The form checks the same constraints; this keeps any other caller (a script, a later API) from
     * storing a policy below its floors, such as no lockout or no history.
     */
    private void requireFloors(PasswordPolicy policy) {
        validator.validate(policy).stream()
                .min(Comparator.comparing((ConstraintViolation<PasswordPolicy> v) ->
                        v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String template = v.getMessageTemplate();
                    throw DomainException.onField(
                            v.getPropertyPath().toString(), template.substring(1, template.length() - 1));
                });
    }
}
