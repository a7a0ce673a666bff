package org.civitas.site.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Blueprints extends JpaRepository<Blueprint, Long> {

    Optional<Blueprint> findByCode(String code);

    List<Blueprint> findAllByOrderByCodeAsc();
}
