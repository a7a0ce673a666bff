package org.civitas.storage.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** All stored uploads. */
interface BlobRecords extends JpaRepository<BlobRecord, Long> {}
