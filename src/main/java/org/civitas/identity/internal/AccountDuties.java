package org.civitas.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.internal.AccountOperation.Cell;
import org.civitas.identity.internal.AccountOperation.Target;
import org.civitas.platform.AdministrativeDuty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account duty table (三员分立) applied: the one place that decides whether the signed-in user may perform an {@link AccountOperation}
 * on an account or a role. A refusal is published as a denial (the audit trail records it, with
 * the operation as its action) and thrown as an access denial (403), like a refusal of method security.
 */
@Component
class AccountDuties {

    private final RoleGrants grants;
    private final Organisations organisations;
    private final CurrentAccess access;
    private final DutyClassifier duties;
    private final ApplicationEventPublisher events;

    AccountDuties(
            RoleGrants grants,
            Organisations organisations,
            CurrentAccess access,
            DutyClassifier duties,
            ApplicationEventPublisher events) {
        this.grants = grants;
        this.organisations = organisations;
        this.access = access;
        this.duties = duties;
        this.events = events;
    }

    /** Why an operation was allowed or refused (the reason goes to the log message of a refusal). */
    record Verdict(boolean allowed, String reason) {}

    void check(AccountOperation operation, UserAccount account) {
        refuseUnless(operation, decide(operation, account), "account " + account.id());
    }

    boolean allows(AccountOperation operation, UserAccount account) {
        return decide(operation, account).allowed();
    }

    /**
     * Refuses, before the account is even looked up, an actor who may perform the operation on
     * no one but themselves: the refusal is recorded, and says nothing about whether the account exists.
     */
    void checkAnyone(AccountOperation operation, long accountId) {
        CivitasUser actor = access.requireUser();
        if (accountId == actor.id()) {
            return;
        }
        boolean some = java.util.Arrays.stream(Target.values())
                .filter(t -> t != Target.SELF)
                .flatMap(t -> operation.cell(t).permissions().stream())
                .anyMatch(actor::has);
        if (!some) {
            refuseUnless(operation, new Verdict(false, "missing permission"), "account " + accountId);
        }
    }

    /** Creating an account: the new account is a target with no grants yet, in {@code organisationId}. */
    void checkCreate(long organisationId, boolean serviceAccount) {
        CivitasUser actor = access.requireUser();
        Target kind = serviceAccount ? Target.SERVICE : Target.ORDINARY;
        refuseUnless(
                AccountOperation.CREATE,
                decide(AccountOperation.CREATE, actor, null, kind, organisationId, List.of()),
                "organisation " + organisationId);
    }

    /** Role operations: the target is the role, {@code SELF} when the actor holds it, else its duty. */
    void checkRole(AccountOperation operation, Role role, Set<String> permissions) {
        CivitasUser actor = access.requireUser();
        boolean held = role != null
                && grants.findByUserId(actor.id()).stream()
                        .anyMatch(g -> g.role().id().equals(role.id()));
        Set<AdministrativeDuty> roleDuties = duties.ofCodes(permissions);
        if (role != null) {
            roleDuties.addAll(duties.ofRoles(List.of(role)));
        }
        Target kind = held ? Target.SELF : kindOf(roleDuties);
        Cell cell = operation.cell(kind);
        boolean allowed = cell.permissions().stream().anyMatch(actor::has);
        refuseUnless(
                operation,
                new Verdict(
                        allowed,
                        allowed
                                ? IdentityPermissions.ROLE_WRITE
                                : kind == Target.SELF ? "own role" : "missing permission"),
                "role " + (role == null ? "new" : role.code()));
    }

    Verdict decide(AccountOperation operation, UserAccount account) {
        CivitasUser actor = access.requireUser();
        List<RoleGrant> held = grants.findByUserId(account.id());
        Target kind = account.id().equals(actor.id())
                ? Target.SELF
                : account.serviceAccount() ? Target.SERVICE : kindOf(duties.ofGrants(held));
        return decide(operation, actor, account.id(), kind, account.organisationId(), held);
    }

    private Verdict decide(
            AccountOperation operation,
            CivitasUser actor,
            Long targetId,
            Target kind,
            long organisationId,
            List<RoleGrant> held) {
        Cell cell = operation.cell(kind);
        if (kind == Target.SELF) {
            if (!cell.owner()) {
                return new Verdict(false, "not on one's own account");
            }
            boolean dutyHolder =
                    !duties.ofGrants(grants.findByUserId(actor.id())).isEmpty();
            return cell.ownerWithoutDuty() && dutyHolder
                    ? new Verdict(false, "administrators hold no tokens")
                    : new Verdict(true, "owner");
        }
        String reason = cell.nobody() ? "nobody may, on a " + kind + " account" : "missing permission";
        for (String permission : cell.permissions()) {
            if (!actor.has(permission)) {
                continue;
            }
            OrganisationScope scope = access.scopeOf(actor.id(), permission);
            OrganisationScope reach = reach(organisationId, held);
            if (!inside(reach, scope)) {
                reason = permission + ": the account reaches beyond the actor's scope";
                continue;
            }
            boolean sameDuty = duties.ofPermission(permission)
                    .map(d -> d.name().equals(kind.name()))
                    .orElse(false);
            if (sameDuty && !strictlyBelow(reach, scope)) {
                reason = permission + ": the account holds the same duty at the actor's level";
                continue;
            }
            return new Verdict(true, permission);
        }
        return new Verdict(false, reason);
    }

    private static Target kindOf(Set<AdministrativeDuty> held) {
        if (held.contains(AdministrativeDuty.SECURITY)) return Target.SECURITY;
        if (held.contains(AdministrativeDuty.SYSTEM)) return Target.SYSTEM;
        if (held.contains(AdministrativeDuty.AUDIT)) return Target.AUDIT;
        return Target.ORDINARY;
    }

    /** Every organisation the account's grants reach, and its own organisation. */
    private OrganisationScope reach(long organisationId, List<RoleGrant> held) {
        Set<Long> ids = new HashSet<>();
        ids.add(organisationId);
        for (RoleGrant g : held) {
            if (g.scope() == DataScope.ALL) {
                return OrganisationScope.EVERYTHING;
            }
            if (g.scope() == DataScope.OWN) {
                ids.add(g.organisationId());
            } else {
                organisations
                        .findById(g.organisationId())
                        .ifPresent(o -> ids.addAll(organisations.findSubtreeIds(o.path())));
            }
        }
        return OrganisationScope.of(ids);
    }

    private static boolean inside(OrganisationScope reach, OrganisationScope scope) {
        return scope.all() || (!reach.all() && scope.organisationIds().containsAll(reach.organisationIds()));
    }

    private static boolean strictlyBelow(OrganisationScope reach, OrganisationScope scope) {
        if (reach.all()) {
            return false;
        }
        return scope.all()
                || (scope.organisationIds().containsAll(reach.organisationIds())
                        && scope.organisationIds().size()
                                > reach.organisationIds().size());
    }

    private void refuseUnless(AccountOperation operation, Verdict verdict, String target) {
        if (verdict.allowed()) {
            return;
        }
        var decision =
                new AuthorityAuthorizationDecision(false, AuthorityUtils.createAuthorityList(operation.action()));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Object object = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : target;
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> authentication, object, decision));
        throw new AuthorizationDeniedException(
                operation.action() + " refused on " + target + ": " + verdict.reason(), decision);
    }
}
