package org.civitas.identity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleGrants extends JpaRepository<RoleGrant, Long> {

    /** A user's grants with their roles and permissions in one query: this runs on every console request. */
    @EntityGraph(attributePaths = {"role", "role.permissions"})
    List<RoleGrant> findByUserId(long userId);

    boolean existsByRoleId(long roleId);

    List<RoleGrant> findByRoleId(long roleId);

    boolean existsByOrganisationId(long organisationId);

    boolean existsByUserIdAndRoleIdAndOrganisationId(long userId, long roleId, long organisationId);
}
