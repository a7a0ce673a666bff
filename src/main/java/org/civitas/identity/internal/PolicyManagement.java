package org.civitas.identity.internal;

import org.civitas.identity.IdentityEvent.PasswordPolicyChanged;
import org.civitas.identity.PasswordPolicy;
import org.civitas.identity.PasswordPolicyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PolicyManagement implements PasswordPolicyService {

    private final PasswordPolicies policies;
    private final ApplicationEventPublisher events;

    PolicyManagement(PasswordPolicies policies, ApplicationEventPublisher events) {
        this.policies = policies;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public PasswordPolicy current() {
        return policies.findById(PasswordPolicyRecord.ID).orElseThrow().view();
    }

    @Override
    @PreAuthorize("hasAuthority('policy:write')")
    public PasswordPolicy update(PasswordPolicy policy) {
        var record = policies.findById(PasswordPolicyRecord.ID).orElseThrow();
        record.apply(policy);
        events.publishEvent(new PasswordPolicyChanged(policy));
        return record.view();
    }
}
