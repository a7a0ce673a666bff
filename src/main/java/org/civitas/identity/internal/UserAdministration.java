package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.ACCOUNT_RECOVER;
import static org.civitas.identity.IdentityPermissions.USER_READ;
import static org.civitas.identity.IdentityPermissions.USER_WRITE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.IdentityEvent.PasswordChanged;
import org.civitas.identity.IdentityEvent.PasswordReset;
import org.civitas.identity.IdentityEvent.UserCreated;
import org.civitas.identity.IdentityEvent.UserEnabledChanged;
import org.civitas.identity.IdentityEvent.UserUnlocked;
import org.civitas.identity.IdentityEvent.UserUpdated;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.UserView;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UserAdministration implements UserService {

    private final Users users;
    private final Organisations organisations;
    private final Passwords passwords;
    private final CurrentAccess access;
    private final AccountDuties accountDuties;
    private final SecurityLabels labels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(
            Users users,
            Organisations organisations,
            Passwords passwords,
            CurrentAccess access,
            AccountDuties accountDuties,
            SecurityLabels labels,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.access = access;
        this.accountDuties = accountDuties;
        this.labels = labels;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.USER_READ + "')")
    public Page<UserView> search(String text, Long organisationId, Pageable page) {
        var scope = access.scope(USER_READ);
        String like = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase() + "%";
        var found = users.search(
                scope.all(), scope.all() ? List.of(-1L) : orNone(scope.organisationIds()), organisationId, like, page);
        Map<Long, String> names = organisationNames(
                found.getContent().stream().map(UserAccount::organisationId).toList());
        return found.map(u -> view(u, names.get(u.organisationId())));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.USER_READ + "')")
    public UserView get(long id) {
        return view(readable(id));
    }

    @Override
    public CreatedUser create(UserDraft form) {
        return create(form, false);
    }

    @Override
    public UserView createServiceAccount(UserDraft form) {
        return create(form, true).user();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> operationsOn(long id) {
        long me = access.requireUser().id();
        UserAccount user = id == me ? users.findById(me).orElseThrow() : readable(id);
        return Arrays.stream(AccountOperation.values())
                // operations on accounts only: creating one has no target yet, the role operations target roles
                .filter(op -> op != AccountOperation.CREATE
                        && op != AccountOperation.CREATE_ROLE
                        && op != AccountOperation.UPDATE_ROLE
                        && op != AccountOperation.DELETE_ROLE)
                .filter(op -> accountDuties.allows(op, user))
                .map(Enum::name)
                .collect(Collectors.toSet());
    }

    private CreatedUser create(UserDraft form, boolean service) {
        String username = form.username().strip();
        if (users.existsByUsernameIgnoreCase(username)) {
            throw DomainException.onField("username", "user.username.taken", username);
        }
        requireOrganisation(form.organisationId());
        accountDuties.checkCreate(form.organisationId(), service);
        // a service account's password is random and never shown: nobody signs in with it
        boolean generated = service
                || form.initialPassword() == null
                || form.initialPassword().isBlank();
        String password = generated ? passwords.generate() : form.initialPassword();
        if (!generated) {
            passwords.checkStrength("initialPassword", password, username);
        }
        var user = new UserAccount(
                username,
                form.displayName().strip(),
                form.organisationId(),
                passwords.hash(password),
                !service,
                labels.lowest().code(),
                clock.instant());
        user.update(user.displayName(), form.organisationId(), blankToNull(form.email()), blankToNull(form.phone()));
        if (service) {
            user.markServiceAccount();
        }
        users.save(user);
        events.publishEvent(new UserCreated(user.id(), username, form.organisationId()));
        return new CreatedUser(view(user), generated && !service ? password : null);
    }

    @Override
    public UserView update(long id, UserDraft form) {
        UserAccount user = writable(id, AccountOperation.UPDATE);
        if (!user.username().equalsIgnoreCase(form.username().strip())) {
            throw DomainException.onField("username", "user.username.immutable");
        }
        requireOrganisation(form.organisationId());
        if (user.organisationId() != form.organisationId()
                && !access.scope(USER_WRITE).contains(form.organisationId())
                && !access.scope(ACCOUNT_RECOVER).contains(form.organisationId())) {
            access.checkScope(USER_WRITE, form.organisationId());
        }
        List<AuditSummary.Label> changes = new ArrayList<>();
        if (!user.displayName().equals(form.displayName().strip()))
            changes.add(AuditSummary.label("audit.summary.part.user.displayName"));
        if (user.organisationId() != form.organisationId())
            changes.add(AuditSummary.message(
                    "audit.summary.part.user.organisation", user.organisationId(), form.organisationId()));
        if (!Objects.equals(user.email(), blankToNull(form.email())))
            changes.add(AuditSummary.label("audit.summary.part.user.email"));
        if (!Objects.equals(user.phone(), blankToNull(form.phone())))
            changes.add(AuditSummary.label("audit.summary.part.user.phone"));
        user.update(
                form.displayName().strip(),
                form.organisationId(),
                blankToNull(form.email()),
                blankToNull(form.phone()));
        events.publishEvent(new UserUpdated(id, user.username(), changes));
        return view(user);
    }

    @Override
    public void setEnabled(long id, boolean enabled) {
        UserAccount user = writable(id, enabled ? AccountOperation.ENABLE : AccountOperation.DISABLE);
        user.setEnabled(enabled);
        events.publishEvent(new UserEnabledChanged(id, user.username(), enabled));
    }

    @Override
    public void unlock(long id) {
        UserAccount user = writable(id, AccountOperation.UNLOCK);
        user.unlock();
        events.publishEvent(new UserUnlocked(id, user.username()));
    }

    @Override
    public String resetPassword(long id) {
        UserAccount user = writable(id, AccountOperation.RESET_PASSWORD);
        String password = passwords.generate();
        passwords.replace(user, password, true);
        user.unlock();
        events.publishEvent(new PasswordReset(id, user.username()));
        return password;
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        long me = access.requireUser().id();
        UserAccount user = users.findById(me).orElseThrow(() -> new NotFoundException("User", me));
        if (currentPassword == null || !passwords.encoder().matches(currentPassword, user.passwordHash())) {
            // a wrong current password is a failed sign-in: counted toward the lockout (in a transaction of
            // its own, so this refusal's rollback keeps it) and audited, so the form cannot be used to guess
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user.username(), null);
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    attempt, new BadCredentialsException("wrong current password")));
            if (users.lockedUntil(me)
                    .filter(until -> until.isAfter(clock.instant()))
                    .isPresent()) {
                throw new LockedException("locked by wrong current passwords");
            }
            throw DomainException.onField("currentPassword", "password.currentWrong");
        }
        passwords.checkStrength("newPassword", newPassword, user.username());
        passwords.checkNotReused("newPassword", user, newPassword);
        passwords.replace(user, newPassword, false);
        events.publishEvent(new PasswordChanged(me, user.username()));
    }

    UserView view(UserAccount u) {
        return view(
                u,
                organisations
                        .findById(u.organisationId())
                        .map(Organisation::name)
                        .orElse(null));
    }

    private UserView view(UserAccount u, String organisationName) {
        return new UserView(
                u.id(),
                u.username(),
                u.displayName(),
                u.organisationId(),
                organisationName,
                u.clearance(),
                u.email(),
                u.phone(),
                u.enabled(),
                u.isLocked(clock.instant()),
                u.mustChangePassword(),
                u.lastLoginAt(),
                u.createdAt(),
                u.serviceAccount());
    }

    private Map<Long, String> organisationNames(List<Long> ids) {
        return organisations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private UserAccount readable(long id) {
        long me = access.requireUser().id();
        return users.findById(id)
                .filter(u -> u.id() == me || access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    /** The account, when the caller may see it and the table of duties lets them perform {@code operation} on it. */
    private UserAccount writable(long id, AccountOperation operation) {
        accountDuties.checkAnyone(operation, id);
        UserAccount user = readable(id);
        accountDuties.check(operation, user);
        return user;
    }

    private void requireOrganisation(Long id) {
        if (id == null || !organisations.existsById(id)) {
            throw DomainException.onField("organisationId", "user.organisation.unknown");
        }
    }

    private static List<Long> orNone(java.util.Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
