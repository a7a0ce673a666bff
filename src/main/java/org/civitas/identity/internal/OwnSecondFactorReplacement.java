package org.civitas.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OwnSecondFactor;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacing one's own authenticator (a new phone). The offer is sealed with the server's key together
 * with whom it was made for and until when, so that it serves only the person who proved it was them,
 * and only for a few minutes.
 */
@Service
@Transactional(noRollbackFor = DomainException.class)
class OwnSecondFactorReplacement implements OwnSecondFactor {

    /** How long the new authenticator may take to be scanned and confirmed. */
    static final Duration VALID = Duration.ofMinutes(10);

    private final AccessControl access;
    private final Users users;
    private final SecondFactors factors;
    private final SecondFactorCredentials credentials;
    private final SecondFactorSettings settings;
    private final Passwords passwords;
    private final AccountDuties accountDuties;
    private final SecretCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnSecondFactorReplacement(
            AccessControl access,
            Users users,
            SecondFactors factors,
            SecondFactorCredentials credentials,
            SecondFactorSettings settings,
            Passwords passwords,
            AccountDuties accountDuties,
            SecretCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.users = users;
        this.factors = factors;
        this.credentials = credentials;
        this.settings = settings;
        this.passwords = passwords;
        this.accountDuties = accountDuties;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean replaceable() {
        return access.currentUser()
                .map(me -> settings.enabled() && factors.existsById(me.id()))
                .orElse(false);
    }

    @Override
    public Offer confirm(String currentPassword, String code) {
        UserAccount me = me();
        if (!factors.existsById(me.id())) {
            throw new DomainException("secondFactor.replace.none");
        }
        if (currentPassword == null || !passwords.encoder().matches(currentPassword, me.passwordHash())) {
            failed(me, "wrong current password");
            throw DomainException.onField("currentPassword", "password.currentWrong");
        }
        String typed = code == null || code.length() > 64 ? "" : code;
        if (credentials.verify(me.id(), typed) == null) {
            failed(me, "wrong second-factor code");
            throw DomainException.onField("code", "secondFactor.code.wrong");
        }
        String inner = credentials.offerSecret();
        long until = clock.instant().plus(VALID).getEpochSecond();
        String sealed = cipher.encrypt((me.id() + "|" + until + "|" + inner).getBytes(StandardCharsets.UTF_8));
        return offer(me, sealed, inner);
    }

    @Override
    @Transactional(readOnly = true)
    public Offer reopen(String sealed) {
        UserAccount me = me();
        return offer(me, sealed, inner(me, sealed));
    }

    @Override
    public List<String> replace(String sealed, String code) {
        UserAccount me = me();
        String inner = inner(me, sealed);
        String typed = code == null || code.length() > 64 ? "" : code;
        var enrolment = credentials.enrol(me.id(), inner, typed, true);
        return switch (enrolment.check()) {
            case PASSED -> enrolment.recoveryCodes();
            case WRONG -> throw DomainException.onField("code", "secondFactor.code.wrong");
            case REFUSED -> throw new LockedException("the account is locked or disabled");
        };
    }

    /** The signed-in person's account, if the table of duties lets them replace their authenticator. */
    private UserAccount me() {
        long id = access.requireUser().id();
        UserAccount me = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        accountDuties.check(AccountOperation.REPLACE_OWN_SECOND_FACTOR, me);
        return me;
    }

    private Offer offer(UserAccount me, String sealed, String inner) {
        var provisioning = credentials.provisioning(me.username(), inner);
        return new Offer(sealed, provisioning.qrCode(), provisioning.secret(), settings.issuer(), me.username());
    }

    /** The offered secret (as the credentials seal it), if the offer is this person's and still valid. */
    private String inner(UserAccount me, String sealed) {
        try {
            String[] parts =
                    new String(cipher.decrypt(sealed == null ? "" : sealed), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3
                    && Long.parseLong(parts[0]) == me.id()
                    && Long.parseLong(parts[1]) >= clock.instant().getEpochSecond()) {
                return parts[2];
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // tampered with, sealed with another key, or not an offer at all: as expired
        }
        throw DomainException.onField("code", "secondFactor.replace.expired");
    }

    /**
     * A wrong password or code here is a failed sign-in: counted toward the lockout (in a transaction of
     * its own) and audited, so that the page cannot be used to guess either.
     */
    private void failed(UserAccount me, String reason) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(me.username(), null),
                new BadCredentialsException(reason)));
        if (users.lockedUntil(me.id())
                .filter(until -> until.isAfter(clock.instant()))
                .isPresent()) {
            throw new LockedException("locked by wrong attempts");
        }
    }
}
