package org.civitas.identity;

import java.util.List;
import org.civitas.platform.PermissionDefinition;

/** Roles, grants and clearances (security administrator). */
public interface RoleService {

    List<RoleView> roles();

    RoleView get(long id);

    RoleView create(RoleDraft form);

    RoleView update(long id, RoleDraft form);

    /** Deletes a role nobody holds; built-in roles cannot be deleted. */
    void delete(long id);

    /** Every permission the modules declare, for composing roles. */
    List<PermissionDefinition> catalogue();

    List<GrantView> grantsOf(long userId);

    /** The signed-in user's own grants: everyone may see what they hold. */
    List<GrantView> myGrants();

    /** Gives a role to a user over an organisation; refuses self-grants and mixing separated duties. */
    GrantView grant(long userId, long roleId, DataScope scope, long organisationId);

    void revoke(long grantId);

    /** Revokes a grant of the user {@code userId} (not found when the grant is another account's). */
    void revoke(long userId, long grantId);

    void setClearance(long userId, String labelCode);
}
