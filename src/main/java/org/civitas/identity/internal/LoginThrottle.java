package org.civitas.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.IdentityEvent.UserLocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed password sign-ins (at the login form and at the change-password form, where the current
 * password is asked again) and locks the account for the policy's time after too many.
 *
 * <p>Each failure is one {@code UPDATE … SET failed_attempts = failed_attempts + 1} in a transaction of its
 * own, followed by a conditional lock on the same row, so that parallel wrong passwords each count and
 * exactly one of them locks the account (and is audited as doing so).
 */
@Component
class LoginThrottle {

    private final Users users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecondFactorPolicy secondFactor;

    LoginThrottle(
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
            users.countFailure(user.id());
            var policy = passwords.policy();
            var until = clock.instant().plus(Duration.ofMinutes(policy.lockoutMinutes()));
            if (users.lockWhenReached(user.id(), policy.maxFailures(), until) == 1) {
                events.publishEvent(new UserLocked(user.id(), user.username(), until));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof CivitasUser user
                // a right password alone must not clear the failures that wrong second-step codes counted:
                // the second step records the login when it passes
                && !secondFactor.applies(user.id())) {
            users.recordLogin(user.id(), clock.instant());
        }
    }
}
