package org.civitas.identity.internal;

import java.time.Clock;
import java.util.Set;
import org.civitas.identity.IdentityEvent.PasswordReset;
import org.civitas.identity.IdentityEvent.SecondFactorReset;
import org.civitas.identity.IdentityEvent.UserCreated;
import org.civitas.identity.IssuedToken;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.UserView;
import org.civitas.identity.trusted.OperatorCommands;
import org.civitas.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OperatorCommandsImpl implements OperatorCommands {

    private final Bootstrap bootstrap;
    private final Users users;
    private final Passwords passwords;
    private final TokenManagement tokens;
    private final IdentitySettings settings;
    private final SecondFactors factors;
    private final RecoveryCodes codes;
    private final Organisations organisations;
    private final SecurityLabels labels;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OperatorCommandsImpl(
            Bootstrap bootstrap,
            Users users,
            Passwords passwords,
            TokenManagement tokens,
            IdentitySettings settings,
            SecondFactors factors,
            RecoveryCodes codes,
            Organisations organisations,
            SecurityLabels labels,
            Clock clock,
            ApplicationEventPublisher events) {
        this.bootstrap = bootstrap;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.settings = settings;
        this.factors = factors;
        this.codes = codes;
        this.organisations = organisations;
        this.labels = labels;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String createAdmin(String username, String displayName, String password) {
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{2,64}")) {
            throw new DomainException("user.username.pattern");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new DomainException("user.username.taken", username);
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? passwords.generate() : password;
        if (!generated) {
            passwords.checkStrength("password", chosen, username);
        }
        Organisation root = bootstrap.root(settings.rootOrganisation(), "root");
        var user = bootstrap.createAdministrator(
                username,
                displayName == null || displayName.isBlank() ? username : displayName,
                root,
                chosen,
                true,
                BuiltInRoles.SYSTEM_ADMIN);
        events.publishEvent(new UserCreated(user.id(), username, root.id()));
        return chosen;
    }

    @Override
    public String resetPassword(String username, String password) {
        UserAccount user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new DomainException("user.unknown", username));
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? passwords.generate() : password;
        if (!generated) {
            passwords.checkStrength("password", chosen, user.username());
        }
        passwords.replace(user, chosen, true);
        user.unlock();
        events.publishEvent(new PasswordReset(user.id(), user.username()));
        return chosen;
    }

    @Override
    public IssuedToken createToken(String username, String name, int days, Set<String> scope) {
        UserAccount user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new DomainException("user.unknown", username));
        // the operator is no one's owner: a person's tokens are theirs to issue, in the console
        if (!user.serviceAccount()) {
            throw new DomainException("token.serviceAccountsOnly", user.username());
        }
        return tokens.issueFor(user, name, days, scope);
    }

    @Override
    public void resetSecondFactor(String username) {
        UserAccount user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new DomainException("user.unknown", username));
        if (!factors.existsById(user.id())) {
            throw new DomainException("secondFactor.reset.none");
        }
        factors.deleteById(user.id());
        codes.deleteByUserId(user.id());
        events.publishEvent(new SecondFactorReset(user.id(), user.username()));
    }

    @Override
    public UserView createServiceAccount(String username, String displayName, String organisationCode) {
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{2,64}")) {
            throw new DomainException("user.username.pattern");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new DomainException("user.username.taken", username);
        }
        Organisation organisation = organisations
                .findByCode(organisationCode == null ? "" : organisationCode.strip())
                .orElseThrow(() -> new DomainException("user.organisation.unknown"));
        // as in the console: a random password that is never shown, so nobody signs in with it
        var user = new UserAccount(
                username,
                displayName == null || displayName.isBlank() ? username : displayName.strip(),
                organisation.id(),
                passwords.hash(passwords.generate()),
                false,
                labels.lowest().code(),
                clock.instant());
        user.markServiceAccount();
        users.save(user);
        events.publishEvent(new UserCreated(user.id(), user.username(), organisation.id()));
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                organisation.id(),
                organisation.name(),
                user.clearance(),
                null,
                null,
                user.enabled(),
                false,
                user.mustChangePassword(),
                null,
                user.createdAt(),
                true);
    }
}
