package org.civitas.identity.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.bouncycastle.util.encoders.Base32;
import org.civitas.identity.IdentityEvent.SecondFactorEnrolled;
import org.civitas.identity.IdentityEvent.SecondFactorPassed;
import org.civitas.identity.IdentityEvent.SecondFactorReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols authenticators and checks second-step codes for a user who has just given the right password.
 * Trusted port of the sign-in pages: it checks no permission, because its caller is not signed in yet;
 * it acts only for the user named by the session's {@link PendingSignIn}.
 */
@Service
@Transactional
class SecondFactorCredentials {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorCredentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a second step ended. */
    enum Check {
        PASSED,
        WRONG,
        /** The account is locked, disabled or gone: the sign-in ends. */
        REFUSED
    }

    /** The outcome of confirming an enrolment; the recovery codes are shown once and never again. */
    record Enrolment(Check check, List<String> recoveryCodes) {}

    private final SecondFactors factors;
    private final RecoveryCodes codes;
    private final Users users;
    private final SecretCipher cipher;
    private final SecondFactorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorCredentials(
            SecondFactors factors,
            RecoveryCodes codes,
            Users users,
            SecretCipher cipher,
            SecondFactorSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.factors = factors;
        this.codes = codes;
        this.users = users;
        this.cipher = cipher;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A fresh secret (160 bits, as RFC 4226 recommends), sealed for the session until confirmed. */
    String offerSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return cipher.encrypt(secret);
    }

    /** What the enrolment page shows for an offered secret: the QR code of its otpauth address, and the key. */
    record Provisioning(String qrCode, String secret) {}

    Provisioning provisioning(String username, String sealed) {
        String secret = Base32.toBase32String(open(sealed));
        String label = encode(settings.issuer()) + ":" + encode(username);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(settings.issuer())
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        // the key in groups of four, as authenticator apps show and people read it aloud
        return new Provisioning(QrCodeRenderer.svgDataUri(uri), secret.replaceAll("(.{4})(?!$)", "$1 "));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    byte[] open(String sealed) {
        try {
            return cipher.decrypt(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("second-factor secret sealed with another key", e);
        }
    }

    /** Keeps the offered secret once a code from it proves the app has it, and gives new recovery codes. */
    Enrolment enrol(long userId, String sealedSecret, String typed) {
        return enrol(userId, sealedSecret, typed, false);
    }

    /**
     * As {@link #enrol(long, String, String)}; {@code replacing} when a signed-in person replaces their own
     * authenticator from their account page (audited as a replacement, and not a sign-in).
     */
    Enrolment enrol(long userId, String sealedSecret, String typed, boolean replacing) {
        var user = users.findById(userId).orElse(null);
        if (user == null || !user.enabled() || user.isLocked(now())) {
            return new Enrolment(Check.REFUSED, List.of());
        }
        String code = typed.replaceAll("\\s", "");
        OptionalLong step = Totp.looksLikeCode(code)
                ? matchingStep(open(sealedSecret), code, Long.MIN_VALUE)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            return new Enrolment(Check.WRONG, List.of());
        }
        factors.findById(userId).ifPresent(existing -> {
            factors.delete(existing);
            factors.flush();
        });
        factors.save(new SecondFactor(userId, sealedSecret, step.getAsLong(), now()));
        List<String> recovery = replaceRecoveryCodes(userId);
        if (replacing) {
            events.publishEvent(new SecondFactorReplaced(userId, user.username()));
        } else {
            users.recordLogin(user.id(), now());
            events.publishEvent(new SecondFactorEnrolled(userId, user.username()));
        }
        return new Enrolment(Check.PASSED, recovery);
    }

    /** A current authenticator code (not one already used) or an unused recovery code. */
    Check check(long userId, String typed) {
        var user = users.findById(userId).orElse(null);
        var factor = factors.findById(userId).orElse(null);
        if (user == null || !user.enabled() || user.isLocked(now()) || factor == null) {
            return Check.REFUSED;
        }
        String method = verify(userId, factor, typed);
        if (method == null) {
            return Check.WRONG;
        }
        users.recordLogin(user.id(), now());
        events.publishEvent(
                new SecondFactorPassed(userId, user.username(), method, codes.countByUserIdAndUsedAtIsNull(userId)));
        return Check.PASSED;
    }

    /**
     * Whether {@code typed} is a current authenticator code (not one already used) or an unused recovery
     * code of the user's, using it up: the method that matched ("totp", "recovery-code"), or null.
     */
    String verify(long userId, String typed) {
        return factors.findById(userId).map(f -> verify(userId, f, typed)).orElse(null);
    }

    private String verify(long userId, SecondFactor factor, String typed) {
        String input = typed.replaceAll("\\s", "");
        String method = null;
        if (Totp.looksLikeCode(input)) {
            OptionalLong step = matchingStep(secretOf(factor), input, factor.lastUsedStep());
            if (step.isPresent() && factor.use(step.getAsLong())) {
                method = "totp";
            }
        } else if (!input.isEmpty()) {
            var recovery = codes.findFirstByUserIdAndCodeHashAndUsedAtIsNull(userId, RecoveryCodeText.hash(input));
            if (recovery.isPresent()) {
                recovery.get().use(now());
                codes.flush();
                method = "recovery-code";
            }
        }
        return method;
    }

    private byte[] secretOf(SecondFactor factor) {
        try {
            return cipher.decrypt(factor.secret());
        } catch (GeneralSecurityException e) {
            // the key was lost or changed: codes cannot match, recovery codes (hashed, keyless) still work
            log.warn(
                    "The second-factor secret of user {} cannot be decrypted with the configured key", factor.userId());
            return new byte[0];
        }
    }

    private List<String> replaceRecoveryCodes(long userId) {
        codes.deleteByUserId(userId);
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < settings.recoveryCodes(); i++) {
            String code = RecoveryCodeText.generate();
            fresh.add(code);
            codes.save(new RecoveryCode(userId, RecoveryCodeText.hash(code)));
        }
        return fresh;
    }

    /** The step, within one step of clock drift either way and newer than {@code after}, whose code this is. */
    private OptionalLong matchingStep(byte[] secret, String code, long after) {
        if (secret.length == 0) {
            return OptionalLong.empty();
        }
        int wanted = Integer.parseInt(code);
        long now = Totp.step(now());
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > after && Totp.code(secret, step) == wanted) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private Instant now() {
        return clock.instant();
    }
}
