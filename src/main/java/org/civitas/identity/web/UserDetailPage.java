package org.civitas.identity.web;

import static org.civitas.identity.IdentityPermissions.CLEARANCE_WRITE;
import static org.civitas.identity.IdentityPermissions.GRANT_WRITE;
import static org.civitas.identity.IdentityPermissions.ROLE_READ;
import static org.civitas.identity.IdentityPermissions.TOKEN_MANAGE;
import static org.civitas.identity.IdentityPermissions.USER_WRITE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDelegation;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.SecondFactorService;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.TokenService;
import org.civitas.identity.UserService;
import org.civitas.identity.UserView;
import org.civitas.identity.web.ConsoleForms.ClearanceForm;
import org.civitas.identity.web.ConsoleForms.GrantForm;
import org.civitas.identity.web.ConsoleForms.TokenForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of one user's page, holding only what the signed-in user may see: the account for
 * everyone with {@code user:read}; grants with {@code role:read} (and the grant form with
 * {@code grant:write}); the clearance form with {@code clearance:write}; tokens with {@code token:manage}
 * (the issue form for service accounts only). Account actions appear as the table of duties allows them.
 * A system administrator and a security administrator thus see different halves of the same page.
 */
@Component
class UserDetailPage {

    private final UserService users;
    private final RoleService roles;
    private final TokenService tokens;
    private final SecurityLabels labels;
    private final OrganisationPicker organisations;
    private final AccessControl access;
    private final SecondFactorService secondFactor;
    private final RoleDelegation delegation;

    UserDetailPage(
            UserService users,
            RoleService roles,
            TokenService tokens,
            SecurityLabels labels,
            OrganisationPicker organisations,
            AccessControl access,
            SecondFactorService secondFactor,
            RoleDelegation delegation) {
        this.secondFactor = secondFactor;
        this.delegation = delegation;
        this.users = users;
        this.roles = roles;
        this.tokens = tokens;
        this.labels = labels;
        this.organisations = organisations;
        this.access = access;
    }

    /** Fills the model (keeping forms already there, re-rendered with their errors) and names the view. */
    String render(long id, Model model) {
        CivitasUser me = access.requireUser();
        UserView user = users.get(id);
        model.addAttribute("user", user);
        model.addAttribute("labels", labels.all());
        model.addAttribute("clearance", labels.find(user.clearance()).orElse(null));
        model.addAttribute("signInMethods", secondFactor.methodsOf(id));
        Set<String> ops = users.operationsOn(id);
        if (me.has(ROLE_READ) || me.has(USER_WRITE)) {
            model.addAttribute("grants", roles.grantsOf(id));
        }
        if (me.has(ROLE_READ) && me.has(GRANT_WRITE)) {
            model.addAttribute("roles", roles.roles());
            model.addAttribute("scopes", grantableScopes(GRANT_WRITE));
            model.addAttribute("grantOrganisations", organisations.options(GRANT_WRITE));
            if (!model.containsAttribute("grantForm")) {
                model.addAttribute("grantForm", new GrantForm(null, DataScope.OWN, user.organisationId()));
            }
        } else if (ops.contains("GRANT_DELEGATED_ROLE")) {
            delegatedGrants(model, user);
        }
        if (me.has(CLEARANCE_WRITE) && !model.containsAttribute("clearanceForm")) {
            model.addAttribute("clearanceForm", new ClearanceForm(user.clearance()));
        }
        model.addAttribute("ops", ops);
        model.addAttribute("mayWriteGrants", me.has(GRANT_WRITE));
        model.addAttribute("mayReadRoles", me.has(ROLE_READ));
        if (ops.contains("LIST_TOKENS") && me.has(TOKEN_MANAGE)) {
            model.addAttribute("tokens", tokens.ofUser(id));
            if (ops.contains("ISSUE_TOKEN")) {
                Set<String> grantable = tokens.grantableScope(id);
                model.addAttribute("tokenScopes", grantable);
                if (!model.containsAttribute("tokenForm")) {
                    model.addAttribute("tokenForm", TokenForm.empty(grantable));
                }
            }
        }
        return "admin/users/show";
    }

    /**
     * A user administrator grants the roles the security administrator marked delegable, within its own scope;
     * with none marked, the page says who grants roles and how to ask.
     */
    private void delegatedGrants(Model model, UserView user) {
        List<RoleView> delegable = delegation.delegable();
        model.addAttribute(
                "revocableRoleIds", delegable.stream().map(RoleView::id).collect(Collectors.toSet()));
        if (delegable.isEmpty()) {
            model.addAttribute("grantsDelegatedNone", true);
            return;
        }
        model.addAttribute("roles", delegable);
        model.addAttribute("scopes", grantableScopes(USER_WRITE));
        model.addAttribute("grantOrganisations", organisations.options(USER_WRITE));
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, DataScope.OWN, user.organisationId()));
        }
    }

    /** {@code ALL} only for those whose own grant reaches everything; the service refuses it otherwise. */
    private List<DataScope> grantableScopes(String permission) {
        boolean everything = access.scope(permission).all();
        return Arrays.stream(DataScope.values())
                .filter(s -> s != DataScope.ALL || everything)
                .toList();
    }
}
