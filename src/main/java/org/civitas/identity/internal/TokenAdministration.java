package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.TOKEN_MANAGE;
import static org.civitas.identity.IdentityPermissions.USER_READ;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civitas.identity.IdentityEvent.TokenIssued;
import org.civitas.identity.IdentityEvent.TokenRevoked;
import org.civitas.identity.IssuedToken;
import org.civitas.identity.TokenService;
import org.civitas.identity.TokenView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists and revokes API tokens; a token is {@code cvt_} + 32 random bytes, stored as
 * SHA-256. Who may do which is decided by {@link AccountDuties}; checking a presented token is
 * {@link TokenAuthentication}'s job.
 */
@Service
@Transactional
class TokenAdministration implements TokenService {

    private final ApiTokens tokens;
    private final Users users;
    private final RoleGrants grants;
    private final CurrentAccess access;
    private final AccountDuties accountDuties;
    private final DutyClassifier duties;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenAdministration(
            ApiTokens tokens,
            Users users,
            RoleGrants grants,
            CurrentAccess access,
            AccountDuties accountDuties,
            DutyClassifier duties,
            IdentitySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.grants = grants;
        this.access = access;
        this.accountDuties = accountDuties;
        this.duties = duties;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return list(me());
    }

    @Override
    public IssuedToken issueForSelf(String name, int days, Set<String> scope) {
        UserAccount me = me();
        accountDuties.check(AccountOperation.ISSUE_TOKEN, me);
        return issueFor(me, name, days, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> grantableScope(long userId) {
        UserAccount user = userId == access.requireUser().id() ? me() : readable(userId);
        return accountDuties.allows(AccountOperation.ISSUE_TOKEN, user) ? tokenable(user) : Set.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenView> ofUser(long userId) {
        accountDuties.checkAnyone(AccountOperation.LIST_TOKENS, userId);
        UserAccount user = readable(userId);
        accountDuties.check(AccountOperation.LIST_TOKENS, user);
        return list(user);
    }

    @Override
    public IssuedToken issue(long userId, String name, int days, Set<String> scope) {
        accountDuties.checkAnyone(AccountOperation.ISSUE_TOKEN, userId);
        UserAccount user = readable(userId);
        accountDuties.check(AccountOperation.ISSUE_TOKEN, user);
        return issueFor(user, name, days, scope);
    }

    @Override
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        var me = access.requireUser();
        if (token.userId() != me.id() && !me.has(TOKEN_MANAGE)) {
            throw new NotFoundException("ApiToken", tokenId);
        }
        UserAccount owner = users.findById(token.userId()).orElseThrow();
        accountDuties.check(AccountOperation.REVOKE_TOKEN, owner);
        token.revoke(clock.instant());
        events.publishEvent(new TokenRevoked(tokenId, owner.username(), token.name()));
    }

    /** Issues without asking who is signed in: the owner's own request, a security administrator's, or the operator's. */
    IssuedToken issueFor(UserAccount user, String name, int days, Set<String> requested) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainException.onField("name", "token.name.invalid");
        }
        if (days < 1 || days > settings.maxTokenDays()) {
            throw DomainException.onField("days", "token.days.invalid", settings.maxTokenDays());
        }
        Set<String> scope = scope(user, requested);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TokenAuthentication.PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                user.id(),
                name.strip(),
                TokenAuthentication.sha256(secret),
                secret.substring(0, 10),
                now,
                now.plus(Duration.ofDays(days)),
                scope));
        events.publishEvent(new TokenIssued(token.id(), user.username(), token.name(), token.expiresAt()));
        return new IssuedToken(view(token, user), secret);
    }

    /** The requested scope, checked against what the owner may put into a token; read-only when none is asked. */
    private Set<String> scope(UserAccount user, Set<String> requested) {
        Set<String> allowed = tokenable(user);
        if (requested == null || requested.isEmpty()) {
            return allowed.stream().filter(p -> p.endsWith(":read")).collect(Collectors.toSet());
        }
        for (String p : requested) {
            if (!allowed.contains(p)) {
                throw DomainException.onField("scope", "token.scope.invalid", p);
            }
        }
        return Set.copyOf(requested);
    }

    /** The owner's permissions without any administrative duty's: a token never carries a duty. */
    private Set<String> tokenable(UserAccount user) {
        return grants.findByUserId(user.id()).stream()
                .flatMap(g -> g.role().permissions().stream())
                .filter(p -> !duties.isDutyPermission(p))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private UserAccount me() {
        long id = access.requireUser().id();
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private UserAccount readable(long userId) {
        return users.findById(userId)
                .filter(u -> u.id() == access.requireUser().id()
                        || access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private List<TokenView> list(UserAccount user) {
        return tokens.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .map(t -> view(t, user))
                .toList();
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
                t.usableAt(clock.instant()),
                new TreeSet<>(t.scope()));
    }
}
