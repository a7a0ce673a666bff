package org.civitas.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All stored uploads. */
interface BlobRecords extends JpaRepository<BlobRecord, Long> {

    Optional<BlobRecord> findByPublicKey(String publicKey);

    @Query("select coalesce(sum(b.size), 0) from BlobRecord b where b.createdBy = ?1")
    long usedBy(String username);

    /** Uploads older than {@code cutoff} not yet known to be carried by a record, oldest first. */
    @Query("select b from BlobRecord b where b.kept = false and b.createdAt < ?1 order by b.id")
    List<BlobRecord> expiryCandidates(Instant cutoff, Pageable page);

    @Modifying
    @Query("update BlobRecord b set b.kept = true where b.id in ?1")
    int keep(List<Long> ids);

    long countBySha256(String sha256);
}
