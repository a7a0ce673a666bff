package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.TOKEN_MANAGE;
import static org.civitas.identity.IdentityPermissions.USER_READ;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.civitas.identity.IdentityEvent.TokenIssued;
import org.civitas.identity.IdentityEvent.TokenRevoked;
import org.civitas.identity.IssuedToken;
import org.civitas.identity.TokenService;
import org.civitas.identity.TokenView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, revokes and checks API tokens; a token is {@code cvt_} + 32 random bytes, stored as SHA-256. */
@Service
@Transactional
class TokenManagement implements TokenService {

    static final String PREFIX = "cvt_";

    private final ApiTokens tokens;
    private final Users users;
    private final CurrentAccess access;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenManagement(
            ApiTokens tokens,
            Users users,
            CurrentAccess access,
            IdentitySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        UserAccount me = users.findById(access.requireUser().id()).orElseThrow();
        return list(me);
    }

    @Override
    public IssuedToken issueForSelf(String name, int days) {
        return issueFor(users.findById(access.requireUser().id()).orElseThrow(), name, days);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('token:manage')")
    public List<TokenView> ofUser(long userId) {
        return list(managed(userId));
    }

    @Override
    @PreAuthorize("hasAuthority('token:manage')")
    public IssuedToken issue(long userId, String name, int days) {
        return issueFor(managed(userId), name, days);
    }

    @Override
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        var me = access.requireUser();
        if (token.userId() != me.id()) {
            if (!me.has(TOKEN_MANAGE)) {
                throw new NotFoundException("ApiToken", tokenId);
            }
            managed(token.userId());
        }
        token.revoke(clock.instant());
        String owner = users.findById(token.userId()).map(UserAccount::username).orElse("?");
        events.publishEvent(new TokenRevoked(tokenId, owner, token.name()));
    }

    IssuedToken issueFor(UserAccount user, String name, int days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainException.onField("name", "token.name.invalid");
        }
        if (days < 1 || days > settings.maxTokenDays()) {
            throw DomainException.onField("days", "token.days.invalid", settings.maxTokenDays());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                user.id(),
                name.strip(),
                sha256(secret),
                secret.substring(0, 10),
                now,
                now.plus(Duration.ofDays(days))));
        events.publishEvent(new TokenIssued(token.id(), user.username(), token.name(), token.expiresAt()));
        return new IssuedToken(view(token, user), secret);
    }

    /** The user a presented secret belongs to, when the token exists, is not revoked and has not expired. */
    Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(secret))
                .filter(t -> t.usableAt(now))
                .map(t -> {
                    t.used(now);
                    return t.userId();
                });
    }

    private List<TokenView> list(UserAccount user) {
        return tokens.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .map(t -> view(t, user))
                .toList();
    }

    private UserAccount managed(long userId) {
        return users.findById(userId)
                .filter(u -> access.scope(TOKEN_MANAGE).contains(u.organisationId())
                        && access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private TokenView view(ApiToken t, UserAccount user) {
        return new TokenView(
                t.id(),
                user.id(),
                user.username(),
                t.name(),
                t.prefix(),
                t.createdAt(),
                t.expiresAt(),
                t.revokedAt(),
                t.lastUsedAt(),
                t.usableAt(clock.instant()));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
