package org.civitas.workflow.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The review chain definitions. */
interface Chains extends JpaRepository<Chain, Long> {

    Optional<Chain> findByCode(String code);

    boolean existsByCode(String code);

    List<Chain> findAllByOrderByCodeAsc();
}
