package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.USER_READ;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civitas.identity.IdentityEvent.PasswordChanged;
import org.civitas.identity.IdentityEvent.PasswordReset;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.SignInEvent.ExternalAccountLinked;
import org.civitas.identity.SignInEvent.ExternalAccountUnlinked;
import org.civitas.identity.SignInMethods;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways into each account, for the security administrator's user page and the login page.
 * Linking an identity decides who can act as the account, so it is the security administrator's
 * ({@code grant:write}) and reaches only accounts inside their scope.
 */
@Service("accountSignInMethods")
@Transactional
class AccountSignInMethods implements SignInMethods {

    private static final Set<String> EXTERNAL =
            Set.of(ExternalAccount.LDAP, ExternalAccount.OIDC, ExternalAccount.X509);

    private final ExternalAccounts links;
    private final Users users;
    private final CurrentAccess access;
    private final AccountDuties accountDuties;
    private final List<SignInMethod> methods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSignInMethods(
            ExternalAccounts links,
            Users users,
            CurrentAccess access,
            AccountDuties accountDuties,
            List<SignInMethod> methods,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.users = users;
        this.access = access;
        this.accountDuties = accountDuties;
        this.methods = methods;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> enabled() {
        List<String> codes = new ArrayList<>();
        codes.add("password");
        methods.forEach(m -> codes.add(m.code()));
        return codes;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.USER_READ + "')")
    public List<AccountSignIn> of(long userId) {
        UserAccount user = user(userId, USER_READ);
        List<String> on = enabled();
        List<ExternalAccount> linked = links.findByUserIdOrderByIdAsc(userId);
        boolean ownPassword = linked.stream().noneMatch(ExternalAccount::provisioned);
        List<AccountSignIn> ways = new ArrayList<>();
        ways.add(new AccountSignIn(null, "password", null, ownPassword, user.lastLoginAt()));
        for (ExternalAccount l : linked) {
            ways.add(new AccountSignIn(l.id(), l.method(), l.subject(), on.contains(l.method()), l.lastSignInAt()));
        }
        return ways;
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.GRANT_WRITE + "')")
    public void link(long userId, String method, String subject) {
        UserAccount user = writable(userId, AccountOperation.LINK_EXTERNAL);
        String m = method == null ? "" : method.trim().toLowerCase(Locale.ROOT);
        if (!EXTERNAL.contains(m)) {
            throw DomainException.onField("method", "signin.link.method");
        }
        String s = subject == null ? "" : subject.trim();
        if (s.isEmpty() || s.length() > 500) {
            throw DomainException.onField("subject", "signin.link.subject");
        }
        if (links.findByMethodAndSubject(m, s).isPresent()) {
            throw DomainException.onField("subject", "signin.link.taken");
        }
        links.save(new ExternalAccount(user.id(), m, s, false, clock.instant()));
        events.publishEvent(new ExternalAccountLinked(user.id(), user.username(), m, s));
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.GRANT_WRITE + "')")
    public void unlink(long userId, long linkId) {
        UserAccount user = writable(userId, AccountOperation.UNLINK_EXTERNAL);
        ExternalAccount link = links.findById(linkId)
                .filter(l -> l.userId() == userId)
                .orElseThrow(() -> new NotFoundException("ExternalAccount", linkId));
        links.delete(link);
        events.publishEvent(new ExternalAccountUnlinked(user.id(), user.username(), link.method(), link.subject()));
    }

    /** An account created by an external sign-in has a password of its own once one is set or changed. */
    @EventListener
    public void passwordReset(PasswordReset event) {
        links.findByUserIdOrderByIdAsc(event.id()).forEach(ExternalAccount::passwordSet);
    }

    @EventListener
    public void passwordChanged(PasswordChanged event) {
        links.findByUserIdOrderByIdAsc(event.id()).forEach(ExternalAccount::passwordSet);
    }

    /** Decided by the table of duties, like every other operation on an account (see {@link AccountOperation}). */
    private UserAccount writable(long id, AccountOperation operation) {
        accountDuties.checkAnyone(operation, id);
        long me = access.requireUser().id();
        UserAccount user = users.findById(id)
                .filter(u -> u.id() == me || access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", id));
        accountDuties.check(operation, user);
        return user;
    }

    private UserAccount user(long id, String permission) {
        return users.findById(id)
                .filter(u -> access.scope(permission).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", id));
    }
}
