package org.civitas.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.civitas.identity.IdentityEvent.UserLocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed password logins and locks the account for the policy's time after too many. */
@Component
class LoginAttempts {

    private final Users users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecondFactorPolicy secondFactor;

    LoginAttempts(
            Users users,
            Passwords passwords,
            ApplicationEventPublisher events,
            Clock clock,
            SecondFactorPolicy secondFactor) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.secondFactor = secondFactor;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
            return;
        }
        users.findByUsernameIgnoreCase(String.valueOf(token.getPrincipal())).ifPresent(user -> {
            var policy = passwords.policy();
            if (user.recordFailure(
                    policy.maxFailures(), Duration.ofMinutes(policy.lockoutMinutes()), clock.instant())) {
                events.publishEvent(new UserLocked(user.id(), user.username(), user.lockedUntil()));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof org.civitas.identity.CivitasUser user
                // a right password alone must not clear the failures that wrong second-step codes counted:
                // the second step records the login when it passes
                && !secondFactor.applies(user.id())) {
            users.findById(user.id()).ifPresent(u -> u.recordLogin(clock.instant()));
        }
    }
}
