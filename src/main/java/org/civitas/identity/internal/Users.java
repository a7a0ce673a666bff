package org.civitas.identity.internal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Users extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByOrganisationId(long organisationId);

    @Query("select u from UserAccount u where (:all = true or u.organisationId in :orgs)"
            + " and (:org is null or u.organisationId = :org)"
            + " and (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text)")
    Page<UserAccount> search(
            @Param("all") boolean all,
            @Param("orgs") Collection<Long> organisationIds,
            @Param("org") Long organisationId,
            @Param("text") String text,
            Pageable page);
}
