package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.ACCOUNT_RECOVER;
import static org.civitas.identity.IdentityPermissions.CLEARANCE_WRITE;
import static org.civitas.identity.IdentityPermissions.GRANT_WRITE;
import static org.civitas.identity.IdentityPermissions.ROLE_WRITE;
import static org.civitas.identity.IdentityPermissions.SECOND_FACTOR_RESET;
import static org.civitas.identity.IdentityPermissions.TOKEN_MANAGE;
import static org.civitas.identity.IdentityPermissions.USER_WRITE;

import java.util.Set;

/**
 * The one table of who may do what to whom (三员分立): every operation on accounts, roles, grants,
 * clearances and tokens, and for each kind of target the permissions with which it may be done.
 * {@link AccountDuties} is the only place that reads it; docs/security.md
 * shows the same table, and the duty matrix test walks it through the real endpoints.
 *
 * <p>Two rules apply on top of every cell, in {@link AccountDuties}: the actor's scope for the
 * permission must hold every grant of the target (a county's administrator acts only on accounts
 * that lie wholly in its county), and when the permission belongs to the duty the target holds,
 * the target must lie strictly below the actor (nobody acts on a peer of its own duty and level).
 *
 * <p>For the role operations the target is the role: {@link Target#SELF} when the actor holds it,
 * else the duty its permissions belong to.
 */
enum AccountOperation {
    // each row: the audit action, then one cell per Target in its order: self, ordinary, service,
    // system duty, security duty, audit duty
    CREATE("account:create", nobody(), by(USER_WRITE), by(USER_WRITE), nobody(), nobody(), nobody()),
    UPDATE(
            "account:update",
            nobody(),
            by(USER_WRITE),
            by(USER_WRITE),
            by(USER_WRITE, ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER)),
    ENABLE(
            "account:enable",
            nobody(),
            by(USER_WRITE),
            by(USER_WRITE),
            by(USER_WRITE, ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER)),
    DISABLE(
            "account:disable",
            nobody(),
            by(USER_WRITE),
            by(USER_WRITE),
            by(USER_WRITE, ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER)),
    UNLOCK(
            "account:unlock",
            nobody(),
            by(USER_WRITE),
            by(USER_WRITE),
            by(USER_WRITE, ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER)),
    RESET_PASSWORD(
            "account:reset-password",
            nobody(),
            by(USER_WRITE),
            nobody(),
            by(USER_WRITE, ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER),
            by(ACCOUNT_RECOVER)),
    GRANT_ROLE(
            "grant:add", nobody(), by(GRANT_WRITE), by(GRANT_WRITE), by(GRANT_WRITE), by(GRANT_WRITE), by(GRANT_WRITE)),
    REVOKE_GRANT(
            "grant:remove",
            nobody(),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE)),
    // a role the security administrator marked delegable (it carries no duty): user administrators grant and
    // revoke it to ordinary accounts wholly inside their scope, and only there (the grant's reach too)
    GRANT_DELEGATED_ROLE("grant:add-delegated", nobody(), by(USER_WRITE), nobody(), nobody(), nobody(), nobody()),
    REVOKE_DELEGATED_GRANT("grant:remove-delegated", nobody(), by(USER_WRITE), nobody(), nobody(), nobody(), nobody()),
    SET_CLEARANCE(
            "clearance:set",
            nobody(),
            by(CLEARANCE_WRITE),
            by(CLEARANCE_WRITE),
            by(CLEARANCE_WRITE),
            by(CLEARANCE_WRITE),
            by(CLEARANCE_WRITE)),
    ISSUE_TOKEN("token:issue", ownerWithoutDuty(), nobody(), by(TOKEN_MANAGE), nobody(), nobody(), nobody()),
    LIST_TOKENS(
            "token:list",
            owner(),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE)),
    REVOKE_TOKEN(
            "token:revoke",
            owner(),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE),
            by(TOKEN_MANAGE)),
    // who can act as the account: linking an outside identity (directory entry, platform subject, certificate)
    // is as strong as granting, so it follows the grant rows
    LINK_EXTERNAL(
            "signin:link",
            nobody(),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE)),
    UNLINK_EXTERNAL(
            "signin:unlink",
            nobody(),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE),
            by(GRANT_WRITE)),
    // nobody resets their own (whoever holds the session could swap in their own authenticator); one re-enrols
    // only after someone else's reset, at the next sign-in
    RESET_SECOND_FACTOR(
            "account:reset-second-factor",
            nobody(),
            by(SECOND_FACTOR_RESET),
            by(SECOND_FACTOR_RESET),
            by(SECOND_FACTOR_RESET),
            by(SECOND_FACTOR_RESET),
            by(SECOND_FACTOR_RESET)),
    // a new phone: one replaces one's own authenticator after proving it is oneself (password and a code of the
    // old one, or a recovery code); nobody does it for another account, which has the reset above instead
    REPLACE_OWN_SECOND_FACTOR(
            "account:replace-second-factor", owner(), nobody(), nobody(), nobody(), nobody(), nobody()),
    CREATE_ROLE("role:create", nobody(), by(ROLE_WRITE), nobody(), by(ROLE_WRITE), by(ROLE_WRITE), by(ROLE_WRITE)),
    UPDATE_ROLE("role:update", nobody(), by(ROLE_WRITE), nobody(), by(ROLE_WRITE), by(ROLE_WRITE), by(ROLE_WRITE)),
    DELETE_ROLE("role:delete", nobody(), by(ROLE_WRITE), nobody(), by(ROLE_WRITE), by(ROLE_WRITE), by(ROLE_WRITE));

    /** The kinds of target, the columns of the table. */
    enum Target {
        /** The actor's own account (or, for role operations, a role the actor holds). */
        SELF,
        /** A person holding no administrative duty. */
        ORDINARY,
        /** An account for a machine client: no console sign-in, tokens issued by the security administrator. */
        SERVICE,
        SYSTEM,
        SECURITY,
        AUDIT
    }

    /**
     * One cell: any one of {@code permissions} suffices; {@code owner} admits the account's owner
     * (for {@link Target#SELF}), and {@code ownerWithoutDuty} only an owner holding no duty.
     */
    record Cell(Set<String> permissions, boolean owner, boolean ownerWithoutDuty) {
        boolean nobody() {
            return permissions.isEmpty() && !owner;
        }
    }

    private final String action;
    private final Cell[] cells;

    AccountOperation(String action, Cell... cells) {
        this.action = action;
        this.cells = cells;
    }

    /** The code the audit trail records a refusal under. */
    String action() {
        return action;
    }

    Cell cell(Target target) {
        return cells[target.ordinal()];
    }

    private static Cell by(String... permissions) {
        return new Cell(Set.of(permissions), false, false);
    }

    private static Cell nobody() {
        return new Cell(Set.of(), false, false);
    }

    private static Cell owner() {
        return new Cell(Set.of(), true, false);
    }

    private static Cell ownerWithoutDuty() {
        return new Cell(Set.of(), true, true);
    }
}
