package org.civitas.identity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrants extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserId(long userId);

    boolean existsByRoleId(long roleId);

    List<RoleGrant> findByRoleId(long roleId);

    boolean existsByOrganisationId(long organisationId);

    boolean existsByUserIdAndRoleIdAndOrganisationId(long userId, long roleId, long organisationId);
}
