package org.civitas.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Users extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u from UserAccount u where lower(u.username) in :usernames")
    List<UserAccount> findByLowerCaseUsernames(@Param("usernames") Collection<String> usernames);

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

    /**
     * Counts one failed sign-in in the database itself, so that parallel attempts each count: a read,
     * increment and write through the entity would let two of them write the same number, and make one
     * fail on the version check. The version moves so that an entity loaded before is not written back
     * over the count.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = u.failedAttempts + 1, u.version = u.version + 1"
            + " where u.id = :id")
    int countFailure(@Param("id") long id);

    /** Locks the account when the failures reached {@code max}, starting the count again; 1 when it did. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.lockedUntil = :until, u.failedAttempts = 0, u.version = u.version + 1"
            + " where u.id = :id and u.failedAttempts >= :max")
    int lockWhenReached(@Param("id") long id, @Param("max") int max, @Param("until") Instant until);

    /** Clears the failures after a successful sign-in, in one statement for the same reason. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now,"
            + " u.version = u.version + 1 where u.id = :id")
    int recordLogin(@Param("id") long id, @Param("now") Instant now);

    @Query("select u.failedAttempts from UserAccount u where u.id = :id")
    int failedAttempts(@Param("id") long id);

    @Query("select u.lockedUntil from UserAccount u where u.id = :id")
    Optional<Instant> lockedUntil(@Param("id") long id);
}
