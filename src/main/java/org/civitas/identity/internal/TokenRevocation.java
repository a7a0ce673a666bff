package org.civitas.identity.internal;

import java.time.Clock;
import org.civitas.identity.IdentityEvent.PasswordChanged;
import org.civitas.identity.IdentityEvent.PasswordReset;
import org.civitas.identity.IdentityEvent.UserEnabledChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends an owner's tokens in the transaction that changes or resets their password or disables
 * them, whichever path did it (console, the owner, the command line). {@link TokenAuthentication}
 * checks the same conditions again, so a path that forgets to publish its event still cannot
 * leave a token working. Part of the change's own audit record, not one of its own.
 */
@Component
class TokenRevocation {

    private final ApiTokens tokens;
    private final Clock clock;

    TokenRevocation(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @EventListener
    void passwordChanged(PasswordChanged event) {
        tokens.revokeAllOf(event.id(), clock.instant());
    }

    @EventListener
    void passwordReset(PasswordReset event) {
        tokens.revokeAllOf(event.id(), clock.instant());
    }

    @EventListener
    void disabled(UserEnabledChanged event) {
        if (!event.enabled()) {
            tokens.revokeAllOf(event.id(), clock.instant());
        }
    }
}
