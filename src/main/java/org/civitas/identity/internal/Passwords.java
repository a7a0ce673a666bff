package org.civitas.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.civitas.identity.PasswordPolicy;
import org.civitas.platform.DomainException;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashing (Argon2id; bcrypt hashes from imports still verify), the strength rules of the current
 * policy, the reuse rule and generation of strong initial passwords.
 */
@Component
public class Passwords {

    private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String GENERATED_SYMBOLS = "#%+=@";

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(
            "argon2",
            Map.of(
                    "argon2",
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                    "bcrypt",
                    new BCryptPasswordEncoder()));
    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicies policies;
    private final PasswordHistory history;
    private final Clock clock;

    Passwords(PasswordPolicies policies, PasswordHistory history, Clock clock) {
        this.policies = policies;
        this.history = history;
        this.clock = clock;
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    PasswordPolicy policy() {
        return policies.findById(PasswordPolicyRecord.ID).orElseThrow().view();
    }

    /** Refuses, on the given form field, a password the policy does not allow. */
    void checkStrength(String field, String password, String username) {
        PasswordPolicy p = policy();
        if (password == null || password.length() < p.minLength()) {
            throw DomainException.onField(field, "password.tooShort", p.minLength());
        }
        if (classes(password) < p.minClasses()) {
            throw DomainException.onField(field, "password.tooSimple", p.minClasses());
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw DomainException.onField(field, "password.containsUsername");
        }
    }

    /** Refuses a password equal to the current one or one of the last N. */
    void checkNotReused(String field, UserAccount user, String password) {
        int n = policy().historySize();
        if (n == 0) {
            return;
        }
        if (encoder.matches(password, user.passwordHash())) {
            throw DomainException.onField(field, "password.reused", n);
        }
        for (var old : history.findByUserIdOrderByCreatedAtDescIdDesc(user.id(), Limit.of(n))) {
            if (encoder.matches(password, old.passwordHash())) {
                throw DomainException.onField(field, "password.reused", n);
            }
        }
    }

    /** Sets a new password, remembering the old hash for the reuse rule. */
    void replace(UserAccount user, String password, boolean mustChange) {
        history.save(new PasswordHistoryEntry(user.id(), user.passwordHash(), clock.instant()));
        user.setPassword(encoder.encode(password), mustChange, clock.instant());
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** A random password that satisfies any policy up to 4 classes and 16 characters. */
    String generate() {
        int length = Math.max(16, policy().minLength());
        var sb = new StringBuilder(length);
        sb.append((char) ('A' + random.nextInt(26)))
                .append((char) ('a' + random.nextInt(26)))
                .append((char) ('2' + random.nextInt(8)))
                .append(GENERATED_SYMBOLS.charAt(random.nextInt(GENERATED_SYMBOLS.length())));
        while (sb.length() < length) {
            sb.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
        }
        for (int i = sb.length() - 1; i > 0; i--) { // shuffle so the classes are not in fixed places
            int j = random.nextInt(i + 1);
            char c = sb.charAt(i);
            sb.setCharAt(i, sb.charAt(j));
            sb.setCharAt(j, c);
        }
        return sb.toString();
    }

    static int classes(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
