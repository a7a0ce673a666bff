package org.civitas.content;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.RunAs;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real users with real grants for content tests (the editor's scope comes from the database): the demo
 * system administrator creates them, the demo security administrator grants them roles.
 */
public final class ContentTestUsers {

    public static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;
    public static final String EDITOR_ROLE = "TEST_EDITOR";
    public static final String REVIEWER_ROLE = "TEST_REVIEWER";
    /** An editor who may also push and pull articles across sites ({@code content:share}). */
    public static final String SHARER_ROLE = "TEST_SHARER";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final UserDetailsService details;
    private final UserService users;
    private final RoleService roles;
    private final OrganisationDirectory organisations;

    /** The password test users sign in with, once they have replaced their initial one. */
    public static final String OWN_PASSWORD = PASSWORD + "-own";

    public ContentTestUsers(
            UserDetailsService details, UserService users, RoleService roles, OrganisationDirectory organisations) {
        this.details = details;
        this.users = users;
        this.roles = roles;
        this.organisations = organisations;
    }

    long organisation(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A new user holding {@code roleCode} for the organisation {@code orgCode} (and below). */
    public String create(String prefix, String roleCode, String orgCode) {
        return create(prefix, roleCode, orgCode, DataScope.SUBTREE);
    }

    /** A new user holding {@code roleCode} with the given reach from the organisation {@code orgCode}. */
    public String create(String prefix, String roleCode, String orgCode, DataScope scope) {
        String username = prefix + "." + SEQUENCE.incrementAndGet();
        long org = organisation(orgCode);
        signIn("admin");
        long userId = users.create(new UserDraft(username, username, org, null, null, PASSWORD))
                .user()
                .id();
        signIn("secadmin");
        RoleView role = roles.roles().stream()
                .filter(r -> r.code().equals(roleCode))
                .findFirst()
                .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, permissions(roleCode))));
        roles.grant(userId, role.id(), scope, org);
        // the initial password must be changed before the console admits the user
        signIn(username);
        users.changeOwnPassword(PASSWORD, OWN_PASSWORD);
        signOut();
        return username;
    }

    private static Set<String> permissions(String roleCode) {
        return switch (roleCode) {
            case EDITOR_ROLE -> Set.of(ContentPermissions.WRITE, StoragePermissions.UPLOAD);
            case SHARER_ROLE -> Set.of(ContentPermissions.WRITE, ContentPermissions.SHARE, StoragePermissions.UPLOAD);
            default -> Set.of(IdentityPermissions.ORGANISATION_READ);
        };
    }

    public CivitasUser signIn(String username) {
        return RunAs.signIn(details, username);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
