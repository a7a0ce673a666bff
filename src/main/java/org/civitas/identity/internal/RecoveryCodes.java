package org.civitas.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    /** Locked, so that two sign-ins racing with the same code cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<RecoveryCode> findFirstByUserIdAndCodeHashAndUsedAtIsNull(long userId, String codeHash);

    long countByUserIdAndUsedAtIsNull(long userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    void deleteByUserId(long userId);
}
