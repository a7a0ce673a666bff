package org.civitas.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a presented secret into the principal of one API request. A token works only while its
 * owner could work: enabled, not locked, not due to change the password, the password unchanged
 * since the token was issued, and, unless the owner is a service account, holding no
 * administrative duty (administrators work in the console only). The request holds the token's
 * scope intersected with the owner's permissions as they are now, never a duty's permission.
 */
@Component
class TokenAuthentication {

    static final String PREFIX = "cvt_";

    private final ApiTokens tokens;
    private final Users users;
    private final RoleGrants grants;
    private final PrincipalLoader principals;
    private final DutyClassifier duties;
    private final Clock clock;

    TokenAuthentication(
            ApiTokens tokens,
            Users users,
            RoleGrants grants,
            PrincipalLoader principals,
            DutyClassifier duties,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.grants = grants;
        this.principals = principals;
        this.duties = duties;
        this.clock = clock;
    }

    @Transactional
    Optional<CivitasUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByTokenHash(sha256(secret)).filter(t -> t.usableAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<UserAccount> owner = users.findById(token.userId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // read once: the duty check and the principal both need them, on every API request
        List<RoleGrant> held = grants.findByUserId(owner.get().id());
        if (!ownerMayUseTokens(owner.get(), held, token)) {
            return Optional.empty();
        }
        CivitasUser full = principals.principal(owner.get(), held);
        // a service account has no password to age: only an explicit flag stops it
        boolean mustChange =
                owner.get().serviceAccount() ? owner.get().mustChangePassword() : full.mustChangePassword();
        if (!full.isEnabled() || !full.isAccountNonLocked() || mustChange) {
            return Optional.empty();
        }
        token.used(now);
        Set<String> scope = token.scope();
        Set<String> effective = full.permissions().stream()
                .filter(scope::contains)
                .filter(p -> !duties.isDutyPermission(p))
                .collect(Collectors.toSet());
        return Optional.of(new CivitasUser(
                full.id(),
                full.getUsername(),
                full.displayName(),
                full.organisationId(),
                full.clearance(),
                effective,
                true,
                false,
                false,
                null));
    }

    private boolean ownerMayUseTokens(UserAccount owner, List<RoleGrant> held, ApiToken token) {
        if (owner.passwordChangedAt() != null && token.createdAt().isBefore(owner.passwordChangedAt())) {
            return false;
        }
        return owner.serviceAccount() || duties.ofGrants(held).isEmpty();
    }

    static String sha256(String s) {
        return DigestAlgorithm.SHA_256.hex(s.getBytes(StandardCharsets.UTF_8));
    }
}
